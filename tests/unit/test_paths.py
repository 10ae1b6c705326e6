"""Where moodapp keeps things, and how to point it elsewhere."""

from __future__ import annotations

from pathlib import Path

from moodapp.paths import AppPaths, resolve_paths


def test_by_default_everything_follows_platformdirs(_isolated_user_dirs: Path) -> None:
    paths = resolve_paths(None, environ={})
    assert paths.data_dir == _isolated_user_dirs / "user_data" / "moodapp"
    assert paths.journal_file == paths.data_dir / "journal.sqlite3"
    assert paths.config_dir.is_relative_to(_isolated_user_dirs)


def test_the_environment_variable_moves_everything(tmp_path: Path) -> None:
    paths = resolve_paths(None, environ={"MOODAPP_DATA_DIR": str(tmp_path)})
    assert paths == AppPaths.under(tmp_path)
    for folder in (
        paths.data_dir,
        paths.config_dir,
        paths.log_dir,
        paths.cache_dir,
        paths.backup_dir,
    ):
        assert folder.is_relative_to(tmp_path)


def test_the_option_wins_over_the_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    paths = resolve_paths(str(chosen), environ={"MOODAPP_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == chosen


def test_the_error_log_lives_in_the_log_folder(tmp_path: Path, _isolated_user_dirs: Path) -> None:
    assert AppPaths.under(tmp_path).error_log_file == tmp_path / "logs" / "moodapp.log"
    by_default = resolve_paths(None, environ={})
    assert by_default.error_log_file.parent == by_default.log_dir
    assert by_default.log_dir.is_relative_to(_isolated_user_dirs)
