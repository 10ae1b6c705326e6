"""Export the journal to files, and import files into it, whole or not at all.

An import reads and checks the whole file first, decides what it will change
(see ``import_plan``), then writes everything in one transaction. A bad record
stops it with a message naming the file, line or record and field; cancelling
rolls it back. Nothing is written on a dry run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from moodapp import __version__
from moodapp.collector import collector_paused
from moodapp.domain.entries import Entry
from moodapp.domain.field_errors import FieldError
from moodapp.domain.reflection import Reflection
from moodapp.domain.text import QT_TRANSLATE_NOOP, Words
from moodapp.domain.validation import validate_entry, validate_reflection
from moodapp.exchange.batch import (
    ExportInfo,
    FormatError,
    ImportBatch,
    JournalContent,
    Progress,
    no_progress,
)
from moodapp.exchange.daylio import DEFAULT_OPTIONS, DaylioOptions
from moodapp.exchange.formats import read_import, write_export
from moodapp.exchange.kinds import ExportFormat, ImportFormat
from moodapp.services.changes import NOTHING, WHOLE_JOURNAL, Changes
from moodapp.services.clock import Clock, local_now
from moodapp.services.import_plan import (
    ImportPlan,
    plan_catalogue,
    plan_entries,
    plan_reflections,
    plan_settings,
)
from moodapp.services.writes import SaveFailed, write_transaction
from moodapp.store import bulk_entries, reflections, search, settings
from moodapp.store import catalogue as catalogue_store
from moodapp.store import entries as entry_store
from moodapp.store.backups import Backup
from moodapp.store.backups import take as take_backup
from moodapp.store.database import Store
from moodapp.write_failure import NO_FILE_WRITTEN, not_written

EXPORT_NOT_WRITTEN = Words(
    "Exchange", QT_TRANSLATE_NOOP("Exchange", "The export could not be written")
)

CHECK_PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, on a dry run, would do), as counts: the window and the
    command line put them in words. ``notes`` say what was read or left out."""

    added: int
    updated: int
    skipped: int
    catalogue_added: int
    reflections_added: int
    reflections_updated: int
    notes: tuple[Words, ...]
    dry_run: bool
    changes: Changes = NOTHING  # the whole journal, once anything was written
    before: Backup | None = None  # the journal as it was, taken just before writing


def broken_rules(errors: list[FieldError]) -> Words:
    """The rules the fields break, as "field: rule; field: rule" (the field names as the
    file has them, the rules in the context "Validation")."""
    parts = [Words("", "{field}: {rule}", (("field", e.field), ("rule", e.words))) for e in errors]
    said = parts[-1]
    for part in reversed(parts[:-1]):
        said = Words("", "{first}; {rest}", (("first", part), ("rest", said)))
    return said


def _refuse(errors: list[FieldError], where: str) -> None:
    if errors:
        raise FormatError(where, broken_rules(errors))


class ExchangeService:
    def __init__(self, store: Store, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock
        # The last import that was committed: what to say when Ctrl+C came during its commit.
        self.imported: ImportSummary | None = None

    # -- export -------------------------------------------------------------

    def content(self, start: date | None = None, end: date | None = None) -> JournalContent:
        """The entries and reflections from ``start`` to ``end``, with the whole catalogue,
        the tags and the journal's settings."""
        return JournalContent(
            entries=entry_store.read_entries(start, end),
            emotions=catalogue_store.read_emotions(include_archived=True),
            triggers=catalogue_store.read_triggers(include_archived=True),
            tags=bulk_entries.tag_names(),
            settings=settings.read_settings(),
            reflections=reflections.read_reflections(start, end),
        )

    def export(
        self,
        path: Path,
        chosen: ExportFormat,
        start: date | None = None,
        end: date | None = None,
        progress: Progress = no_progress,
    ) -> int:
        """Write the export to ``path`` whole or not at all; returns how many entries it holds.
        One that cannot be written (a full disk) raises NotWritten, saying why."""
        content = self.content(start, end)
        info = ExportInfo(self._clock(), __version__, start, end)
        try:
            write_export(content, info, path, chosen, progress)
        except FileExistsError:  # the target appeared meanwhile: said by the caller
            raise
        except OSError as error:
            raise not_written(EXPORT_NOT_WRITTEN, error, path.parent, NO_FILE_WRITTEN) from error
        return len(content.entries)

    # -- import -------------------------------------------------------------

    def import_file(
        self,
        path: Path,
        chosen: ImportFormat = ImportFormat.AUTO,
        daylio: DaylioOptions = DEFAULT_OPTIONS,
        dry_run: bool = False,
        progress: Progress = no_progress,
    ) -> ImportSummary:
        """Read, check and merge the file; raises FormatError, Cancelled or SaveFailed."""
        with collector_paused():  # from reading to writing: see import_batch
            batch = read_import(path, chosen, daylio, progress)
            return self.import_batch(batch, dry_run, progress)

    def import_batch(
        self, batch: ImportBatch, dry_run: bool = False, progress: Progress = no_progress
    ) -> ImportSummary:
        # Checking, planning and writing a file of years of entries makes and keeps many
        # objects, none in a cycle (see collector_paused).
        with collector_paused():
            return self._import_batch(batch, dry_run, progress)

    def _import_batch(self, batch: ImportBatch, dry_run: bool, progress: Progress) -> ImportSummary:
        plan = self._plan(batch, progress)
        summary = ImportSummary(
            added=len(plan.new_entries),
            updated=len(plan.changed_entries),
            skipped=plan.skipped_entries,
            catalogue_added=plan.catalogue_added,
            reflections_added=plan.reflections_added,
            reflections_updated=len(plan.reflections) - plan.reflections_added,
            notes=(*batch.notes, *plan.notes),
            dry_run=dry_run,
        )
        if dry_run or not plan.writes_anything:
            return summary
        before = self._write(plan, progress, summary)
        return replace(summary, changes=WHOLE_JOURNAL, before=before)

    def _plan(self, batch: ImportBatch, progress: Progress) -> ImportPlan:
        content = batch.content
        plan = ImportPlan(tags=content.tags)
        emotions = catalogue_store.read_emotions(include_archived=True)
        triggers = catalogue_store.read_triggers(include_archived=True)
        new_emotions, emotions_added = plan_catalogue(emotions, content.emotions)
        new_triggers, triggers_added = plan_catalogue(triggers, content.triggers)
        plan.catalogue = [*new_emotions, *new_triggers]
        plan.catalogue_added = emotions_added + triggers_added
        self._check_entries(
            batch,
            {e.key for e in [*emotions, *new_emotions]},
            {t.key for t in [*triggers, *new_triggers]},
            progress,
        )
        stored = bulk_entries.stored_versions([e.uid for e in content.entries])
        plan_entries(content.entries, batch.where, stored, plan)
        plan.new_entries = [self._stamped(e) for e in plan.new_entries]
        plan.changed_entries = [self._stamped(e) for e in plan.changed_entries]
        for reflection in content.reflections:
            _refuse(validate_reflection(reflection), batch.where_reflection(reflection.uid))
        plan_reflections(
            reflections.read_reflections(),
            self._stamped_reflections(batch),
            batch.where_reflection,
            plan,
        )
        plan_settings(content.settings, settings.read_settings(), batch.where_setting, plan)
        return plan

    def _check_entries(
        self, batch: ImportBatch, emotions: set[str], triggers: set[str], progress: Progress
    ) -> None:
        """Stop at the first entry that breaks a rule, naming where it is and its fields;
        ``emotions`` and ``triggers`` are the keys the journal will know."""
        now = self._clock()
        total = len(batch.content.entries)
        for done, entry in enumerate(batch.content.entries):
            if done % CHECK_PROGRESS_EVERY == 0:
                progress("checking", done, total)
            errors = validate_entry(entry, now=now, emotions=emotions, triggers=triggers)
            _refuse(errors, batch.where(entry.uid))

    def _stamped(self, entry: Entry) -> Entry:
        """The entry with whole-second times and, when the file had none, today's stamps."""
        if entry.occurred_at.microsecond == 0 and entry.created_at and entry.updated_at:
            return entry
        now = self._clock()
        return replace(
            entry,
            occurred_at=entry.occurred_at.replace(microsecond=0),
            created_at=entry.created_at or entry.updated_at or now,
            updated_at=entry.updated_at or entry.created_at or now,
        )

    def _stamped_reflections(self, batch: ImportBatch) -> list[Reflection]:
        now = self._clock()
        return [
            replace(r, created_at=r.created_at or now, updated_at=r.updated_at or now)
            for r in batch.content.reflections
        ]

    def _write(self, plan: ImportPlan, progress: Progress, summary: ImportSummary) -> Backup:
        """Write the plan in one transaction; the backup of the journal as it was."""
        total = len(plan.new_entries) + len(plan.changed_entries)
        written = 0

        def saved(count: int) -> None:
            nonlocal written
            written += count
            progress("saving", written, total)

        def committed() -> None:
            self.imported = summary

        before = take_backup(self._store, "before-import")
        try:
            with write_transaction(self._store, committed):
                for item in plan.catalogue:
                    catalogue_store.write_item(item)
                bulk_entries.add_tags(plan.tags)
                bulk_entries.insert_new_entries(plan.new_entries, saved)
                bulk_entries.replace_stored_entries(plan.changed_entries, saved)
                for reflection in plan.reflections:
                    reflections.write_reflection(reflection)
                for key, value in plan.settings.items():
                    settings.write_setting(key, value)
                if len(plan.catalogue) > plan.catalogue_added:
                    search.rebuild()  # the index holds the labels of emotions and triggers
        except SaveFailed:
            before.path.unlink(missing_ok=True)  # nothing was written: nor are the backups
            raise
        return before
