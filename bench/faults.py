"""Fault runs: kills during every command that writes, several moodapps at once, a full
disk; each checks that nothing confirmed is lost, nothing is readable that should not be,
and the journal opens (docs/RELIABILITY.md).

    python -m bench.faults [--kills 200] [--concurrency-seconds 120] [--writers 3]
                           [--seed N] [--work DIR]

The figures of a run are printed, one line per part; the status is 0 only when every
part found nothing wrong.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.fault_concurrency import run_concurrency
from bench.fault_disk import run_full_disk
from bench.fault_kills import run_kills


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.faults", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--kills", type=int, default=200, help="rounds of kills")
    parser.add_argument("--concurrency-seconds", type=float, default=120.0)
    parser.add_argument("--writers", type=int, default=3, help="saving at once")
    parser.add_argument("--seed", type=int, default=2026, help="seeds the moments of the kills")
    parser.add_argument("--work", type=Path, help="keep the journals here (a new folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="moodapp-faults-") as folder:
        work = args.work or Path(folder)
        if args.work and work.exists():
            parser.error(f"{work} exists; give a new folder")
        kills = run_kills(args.kills, work / "kills" / "data", work / "kills", args.seed)
        print(kills.summary(), flush=True)
        for problem in [*kills.open_failures, *kills.refused][:20]:
            print(f"  problem: {problem}")
        for name in sorted(kills.plaintext)[:20]:
            print(f"  plaintext: {name}")
        together = run_concurrency(work / "concurrency", args.concurrency_seconds, args.writers)
        print(together.summary(), flush=True)
        for problem in [*together.refused, *together.failed_reads, *together.failed_restores][:20]:
            print(f"  problem: {problem}")
        disk = run_full_disk(work / "full-disk")
        print(disk.summary(), flush=True)
        for words in disk.refusals[:3]:
            print(f"  said: {words}")
    return 0 if kills.ok and together.ok and disk.ok else 1


if __name__ == "__main__":
    sys.exit(main())
