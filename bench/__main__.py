"""Run the benchmark: `python -m bench [--years 1 10 40] [--write-docs]`.

Prints the table, writes bench/results.json (not tracked by git) and, with
--write-docs, the table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path

from bench.docs import DOCS, section, write_docs
from bench.environment import bytecode_problem, cpu_model, machine, versions
from bench.exchange import measure_daylio_import, measure_reimport
from bench.journals import YEARS, entry_count, journal_copy
from bench.listing import measure_listing
from bench.load import LoadMeter
from bench.results import RESULTS_FILE, Result, journal_name, text_table, write_results
from bench.saving import measure_save
from bench.window import measure_memory, measure_png_export, measure_startup, measure_views
from moodapp.paths import AppPaths


def _measured(what: str, run: Callable[[], list[Result]]) -> list[Result]:
    """``run``'s figures, marked busy when other programs were busy meanwhile."""
    print(f"measuring {what}", file=sys.stderr, flush=True)
    with LoadMeter() as load:
        found = run()
    return [replace(r, busy=load.busy) for r in found]


def _on_journal(years: int, paths: AppPaths, work: Path) -> list[Result]:
    """Every figure on the ``years``-year journal; ``paths``: a copy of it (saves and
    re-imports make their own)."""
    journal = partial(journal_copy, years)
    where = paths.data_dir
    on = journal_name(years)
    return [
        *_measured(f"startup on {on}", partial(measure_startup, where, years)),
        *_measured(f"views on {on}", partial(measure_views, where, years)),
        *_measured(f"memory on {on}", partial(measure_memory, where, years)),
        *_measured(f"PNG export on {on}", partial(measure_png_export, where, years)),
        *_measured(
            f"saving on {on}", partial(measure_save, journal(work / f"{years}y-saves"), years)
        ),
        *_measured(f"list and export on {on}", partial(measure_listing, paths, years, work)),
        *_measured(f"re-import on {on}", partial(measure_reimport, journal, years, work)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--years",
        type=int,
        nargs="+",
        choices=YEARS,
        default=list(YEARS),
        help="the journals to measure on (default: all)",
    )
    parser.add_argument(
        "--write-docs", action="store_true", help=f"write the table into {DOCS.name} as well"
    )
    args = parser.parse_args(argv)
    problem = bytecode_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    began, started = datetime.now().astimezone(), time.monotonic()
    print(f"moodapp benchmark on {machine()}; {versions()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="moodapp-bench-") as folder:
        work = Path(folder)
        results = _measured(
            "startup on an empty journal", partial(measure_startup, work / "empty", 0)
        )
        journals = {}
        for years in args.years:
            paths = journal_copy(years, work / f"{years}y")
            journals[years] = entry_count(paths)
            results += _on_journal(years, paths, work)
        results += _measured("Daylio import", partial(measure_daylio_import, work))
    about = {
        "date": began.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "cpu": cpu_model(),
        "versions": versions(),
        "run_minutes": round((time.monotonic() - started) / 60, 1),
        "journals": journals,
    }
    print(text_table(results))
    print("* taken while other programs kept the machine busy")
    write_results(about, results)
    print(f"written to {RESULTS_FILE}")
    if args.write_docs:
        write_docs(section(about, results))
        print(f"and into {DOCS}")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
