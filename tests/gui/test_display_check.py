"""Plain words instead of Qt's abort when the window cannot open."""

from __future__ import annotations

from moodapp.ui.shell.display_check import XCB_LIBRARIES, display_problem


def every_library_loads(library: str) -> bool:
    return True


def test_a_complete_x11_desktop_has_no_problem() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", every_library_loads) is None


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda lib: lib != "libxcb-cursor.so.0")
    assert problem is not None
    assert "libxcb-cursor0" in problem and "sudo apt install libxcb-cursor0" in problem
    assert "libxcb-icccm4" not in problem


def test_no_display_at_all_points_to_the_command_line() -> None:
    problem = display_problem({}, "linux", every_library_loads)
    assert problem is not None and "moodapp --help" in problem


def test_wayland_offscreen_and_other_systems_are_left_to_qt() -> None:
    def nothing_loads(library: str) -> bool:
        return False

    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing_loads) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", nothing_loads) is None
    assert display_problem({}, "win32", nothing_loads) is None
    assert display_problem({}, "darwin", nothing_loads) is None


def test_the_library_list_names_a_package_for_each() -> None:
    assert all(library.startswith("lib") and package for library, package in XCB_LIBRARIES.items())
