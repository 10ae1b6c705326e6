"""The JSON shape of one entry, as `moodapp list --json` prints it."""

from __future__ import annotations

import json
from datetime import timedelta

from moodapp.domain.entries import CheckIn, CryingEpisode, Reaction
from moodapp.exchange.records import entry_to_dict
from tests.conftest import NOW


def test_an_episode_as_json() -> None:
    episode = CryingEpisode(
        occurred_at=NOW - timedelta(hours=1), intensity=4, almost=True, emotions={"sadness": 3},
        reaction=Reaction.COMFORTED, triggers=frozenset({"loss", "conflict"}), note="hard day",
    )  # fmt: skip
    data = json.loads(json.dumps(entry_to_dict(episode)))
    assert data["uid"] == episode.uid
    assert data["kind"] == "almost-cried"
    assert data["occurred_at"] == "2026-11-26T19:00:00+01:00"
    assert data["local_date"] == "2026-11-26"
    assert data["emotions"] == {"sadness": 3}
    assert data["triggers"] == ["conflict", "loss"]
    assert data["reaction"] == "comforted"
    assert data["company"] is None
    assert data["intensity"] == 4


def test_a_check_in_as_json() -> None:
    check_in = CheckIn(
        occurred_at=NOW,
        mood=-2,
        energy=1,
        no_crying_today=True,
        sleep_hours=6.5,
        tags=frozenset({"b", "a"}),
    )
    data = entry_to_dict(check_in)
    assert data["kind"] == "check-in"
    assert (data["mood"], data["energy"], data["no_crying_today"], data["sleep_hours"]) == (
        -2,
        1,
        True,
        6.5,
    )
    assert data["urge_to_cry"] is None
    assert data["tags"] == ["a", "b"]
