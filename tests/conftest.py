"""Shared fixtures: an isolated user directory, no network, a journal on a fixed clock."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Qt must never need a display in tests; set before pytest-qt creates the application.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# No timed assertions: speed is measured by the benchmark in bench/, not by tests.
settings.register_profile(
    "moodapp", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("moodapp")

from moodapp.services.journal import Journal  # noqa: E402
from moodapp.store.database import Store, open_store  # noqa: E402

# A fixed "now" with an offset that is not UTC, so offset mistakes show.
NOW = datetime(2026, 11, 26, 20, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(platformdirs_isolated: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs points every test at a temporary home; the real journal is out of reach,
    and so is the real autostart folder ($XDG_CONFIG_HOME/autostart, which Settings reads)."""
    monkeypatch.delenv("MOODAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(platformdirs_isolated / "xdg_config"))
    return platformdirs_isolated


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """moodapp opens no socket: an attempt fails the test, even if the code caught the error."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> socket.socket:
        attempts.append(f"socket{args}")
        raise OSError("moodapp must not use the network")

    for name in ("socket", "create_connection", "socketpair", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    yield
    assert not attempts, f"the code tried to use the network: {attempts}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "journal.sqlite3", tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def journal(store: Store) -> Journal:
    """A journal whose clock always says NOW."""
    return Journal(store, clock=lambda: NOW)
