"""The main window: a list of views on the left, the chosen view on the right, menus on top.

Only the Entry view is built at start; the others, and the dialogs, are built (and
their modules loaded) the first time they are needed, so the window opens fast.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from moodapp import APP_NAME, __version__
from moodapp.domain.insight import Link
from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    ENTRY_SPLITTER,
    HELP_LINES_COUNTRY,
    WINDOW_GEOMETRY,
    WINDOW_VIEW,
)
from moodapp.paths import AppPaths
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.words import message_of
from moodapp.ui.entry.entry_view import EntryView
from moodapp.ui.look import tokens
from moodapp.ui.look.icons import app_icon
from moodapp.ui.settings import preferences
from moodapp.ui.shell.desktop import Desktop
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.menus import Menus
from moodapp.ui.shell.undo_offer import UndoOffer
from moodapp.ui.shell.view_list import ViewList
from moodapp.ui.shell.window_fit import DEFAULT_SIZE, fit_on_screen

if TYPE_CHECKING:
    from pathlib import Path

    from moodapp.ui.calendar.calendar_view import CalendarView
    from moodapp.ui.charts.charts_view import ChartsView
    from moodapp.ui.entry.find_dialog import FindDialog
    from moodapp.ui.help.help_window import HelpWindow
    from moodapp.ui.insights.insights_view import InsightsView

STATUS_MESSAGE_MS = 8000
ENTRY, CALENDAR, CHARTS, INSIGHTS = range(4)  # the views, in the order of the list


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: JournalController,
        paths: AppPaths,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._paths = paths
        self._settings = QSettings(str(paths.window_settings_file), QSettings.Format.IniFormat)
        title = APP_NAME
        if demo:
            # It ends with the application's display name, which Qt then does not add again.
            demo_words = self.tr("Demo journal (made-up entries, deleted when you close the app)")
            title = f"{demo_words} — {APP_NAME}"
        self.setWindowTitle(title)

        self.views = QStackedWidget(self)
        views = [(self.tr("Entry"), "entry"), (self.tr("Calendar"), "calendar"),
                 (self.tr("Charts"), "charts"), (self.tr("Insights"), "insights")]  # fmt: skip
        self.nav = named(ViewList(views, self), self.tr("Views"))
        # Each view's factory, in the order of the list; a view is built when first shown.
        self._factories: list[Callable[[], QWidget]] = [
            self._new_entry_view, self._new_calendar_view,
            self._new_charts_view, self._new_insights_view,
        ]  # fmt: skip
        self._built: dict[int, QWidget] = {}
        for _ in views:
            self.views.addWidget(QWidget(self.views))  # stands in until the view is built
        self._find_dialog: FindDialog | None = None
        self._help: HelpWindow | None = None
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(ENTRY)

        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(tokens.SPACE, tokens.SPACE, tokens.SPACE, 0)
        row.addWidget(self.nav)
        row.addWidget(self.views, 1)
        self.screens = QStackedWidget(self)  # the journal, or the lock screen over it
        self.screens.addWidget(body)
        self.setCentralWidget(self.screens)
        self._forget_layout = False  # after "Delete all my data": write nothing on closing

        self.desktop = Desktop(self, self._settings, app_icon())
        self.desktop.check_in_requested.connect(self._on_desktop_check_in_requested)
        self.desktop.open_requested.connect(self.bring_to_front)
        self.desktop.need_help_requested.connect(self.show_need_help)
        self.desktop.quit_requested.connect(self.quit)
        self.desktop.week_changed.connect(self._on_desktop_week_changed)
        self._quitting = False

        self.menus = Menus(self, controller, paths)
        self.journal_menu = self.menus.journal_menu
        self.journal_menu.status.connect(self._show_status)
        self.journal_menu.deleted_everything.connect(self._on_journal_menu_deleted_everything)
        controller.change_failed.connect(self._on_controller_change_failed)
        self.undo_offer = UndoOffer(controller, self.statusBar(), self.menus, STATUS_MESSAGE_MS)
        self.statusBar()
        self._restore_layout()

    # -- settings, help, the reminder --------------------------------------------

    def show_settings(self) -> None:
        from moodapp import autostart
        from moodapp.ui.help.need_help_dialog import chosen_country
        from moodapp.ui.settings.settings_dialog import SettingsDialog
        from moodapp.ui.shell.reminder import tray_available

        controller = self._controller
        help_country = chosen_country(controller)
        login_file = autostart.entry_path()
        login = autostart.state(login_file)  # read from the file each time: it is the truth
        dialog = SettingsDialog(
            self.desktop.preferences,
            data_dir=self._paths.data_dir,
            tray_available=tray_available(),
            encrypted=controller.journal.encrypted,
            auto_lock_minutes=controller.journal.settings.value(AUTO_LOCK_MINUTES)
            if controller.journal.encrypted
            else 0,
            help_country=help_country,
            start_at_login=login,
            autostart_file=login_file,
            parent=self,
        )
        dialog.delete_all_requested.connect(self.journal_menu.delete_all)
        dialog.catalogue_requested.connect(lambda: self.show_catalogue(dialog))
        if dialog.exec():
            self.desktop.change(dialog.preferences())
            start = dialog.chosen_start_at_login()
            if start is not None and start != (login is autostart.State.ON):
                self._keep_start_at_login(login_file, start)
            if dialog.chosen_help_country() != help_country:
                self._keep_help_country(dialog.chosen_help_country())
            if controller.journal.encrypted:
                self.journal_menu.keep_auto_lock(dialog.auto_lock_minutes())
        dialog.deleteLater()

    def _keep_help_country(self, code: str | None) -> None:
        from moodapp.services.writes import SaveFailed

        try:
            settings = self._controller.journal.settings
            self._controller.run(lambda: settings.change(HELP_LINES_COUNTRY, code))
        except SaveFailed as error:
            QMessageBox.warning(self, self.tr("Country for help lines not kept"), message_of(error))

    def _keep_start_at_login(self, path: Path, start: bool) -> None:
        """Write or remove the autostart file; a failure (not written, not ours) is said."""
        from moodapp import autostart, desktop_entry

        try:
            if start:
                autostart.switch_on(path, desktop_entry.launcher())
            else:
                autostart.switch_off(path)
        except desktop_entry.NotOurs:
            QMessageBox.warning(
                self,
                self.tr("Starting at login not changed"),
                self.tr(
                    "%1 is there already and moodapp did not write it, so it was left as it is."
                ).replace("%1", str(path)),
            )
        except desktop_entry.NoLauncher:
            QMessageBox.warning(
                self,
                self.tr("Starting at login not changed"),
                self.tr(
                    "The moodapp command was not found, so there is nothing to start when you "
                    "log in. Start moodapp from its installed command and try again."
                ),
            )
        except OSError as error:
            where = error.filename or path
            reason = error.strerror or str(error)
            QMessageBox.warning(
                self,
                self.tr("Starting at login not changed"),
                self.tr("%1 could not be written or removed: %2")
                .replace("%1", str(where))
                .replace("%2", reason),
            )

    def show_catalogue(self, over: QWidget | None = None) -> None:
        """The emotions and triggers window, over ``over`` (the window itself by default)."""
        from moodapp.ui.catalogue.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(self._controller, over or self)
        dialog.exec()
        dialog.deleteLater()

    def show_help(self, section: str = "") -> None:
        from moodapp.ui.help.help_window import HelpWindow

        if self._help is None:
            self._help = HelpWindow(self)
        if section:
            self._help.show_section(section)
        self._help.show()
        self._help.raise_()

    def _on_desktop_check_in_requested(self) -> None:
        self.bring_to_front()
        self.new_check_in()

    def _on_desktop_week_changed(self) -> None:
        """Weeks start on another day: the views already built show it at once."""
        if CALENDAR in self._built:
            self.calendar_view.refresh()
        if CHARTS in self._built:
            self.charts_view.redraw()
        if INSIGHTS in self._built:
            self.insights_view.refresh()  # "Your week"

    def quit(self) -> None:
        """Close for good, also when moodapp lives in the tray."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def _on_journal_menu_deleted_everything(self) -> None:
        self._forget_layout = True
        self.close()

    def bring_to_front(self) -> None:
        """Another start of moodapp on this journal asked for this window."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def take_daily_backup(self) -> None:
        """The day's backup, if none was taken today; a failure only shows in the status bar."""
        try:
            self._controller.journal.backups.take_daily_if_due()
        except (OSError, RuntimeError) as error:
            self._show_status(
                self.tr("The daily backup failed: %1").replace("%1", message_of(error))
            )

    # -- views, each built on first use -------------------------------------------

    def _view(self, index: int) -> QWidget:
        if index not in self._built:
            view = self._factories[index]()
            placeholder = self.views.widget(index)
            assert placeholder is not None, "every row has a widget"
            self.views.insertWidget(index, view)
            self.views.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = view
        return self._built[index]

    def _on_nav_current_row_changed(self, row: int) -> None:
        self._view(row)
        self.views.setCurrentIndex(row)

    @property
    def entry_view(self) -> EntryView:
        return self._view(ENTRY)  # type: ignore[return-value]

    @property
    def calendar_view(self) -> CalendarView:
        return self._view(CALENDAR)  # type: ignore[return-value]

    @property
    def charts_view(self) -> ChartsView:
        return self._view(CHARTS)  # type: ignore[return-value]

    @property
    def insights_view(self) -> InsightsView:
        return self._view(INSIGHTS)  # type: ignore[return-value]

    def _new_entry_view(self) -> EntryView:
        view = EntryView(self._controller, self.views)
        view.status_message.connect(self._show_status)
        view.insights_requested.connect(lambda: self.show_view(self.insights_view))
        return view

    def _new_calendar_view(self) -> CalendarView:
        from moodapp.ui.calendar.calendar_view import CalendarView

        view = CalendarView(self._controller, self.views)
        view.status_message.connect(self._show_status)
        return view

    def _new_charts_view(self) -> ChartsView:
        from moodapp.ui.charts.charts_view import ChartsView

        view = ChartsView(self._controller, self.views)
        view.status_message.connect(self._show_status)
        return view

    def _new_insights_view(self) -> InsightsView:
        from moodapp.ui.insights.insights_view import InsightsView

        view = InsightsView(self._controller, self.views)
        view.status_message.connect(self._show_status)
        view.link_requested.connect(self._on_insights_view_link_requested)
        return view

    def show_view(self, view: QWidget) -> None:
        self.show_row(self.views.indexOf(view))

    def show_row(self, row: int) -> None:
        """Show the view in that row of the list (building it first if need be)."""
        self.nav.setCurrentRow(row)
        self._view(row).setFocus()

    def log_crying(self) -> None:
        self.show_view(self.entry_view)
        self.entry_view.start_episode()

    def new_check_in(self) -> None:
        self.show_view(self.entry_view)
        self.entry_view.start_check_in()

    def show_find(self) -> None:
        from moodapp.ui.entry.find_dialog import FindDialog

        if self._find_dialog is None:
            self._find_dialog = FindDialog(self._controller, self)
            self._find_dialog.open_requested.connect(self._on_find_dialog_open_requested)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.activateWindow()
        self._find_dialog.query.setFocus()
        self._find_dialog.query.selectAll()

    def _on_insights_view_link_requested(self, link: Link) -> None:
        if link.chart is not None:
            self.show_view(self.charts_view)
            self.charts_view.show_chart_of(link.chart, link.days, link.context)
        elif link.day is not None:
            self.show_view(self.calendar_view)
            self.calendar_view.show_day(link.day)

    def _on_find_dialog_open_requested(self, day: date, uid: str) -> None:
        self.show_view(self.calendar_view)
        self.calendar_view.show_day(day, uid)
        keys = self.menus.find_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._show_status(self.tr("%1 brings back your search.").replace("%1", keys))

    def import_into_journal(self) -> None:
        from moodapp.ui.exchange.exchange_actions import import_into_journal, undo_import

        said, before = import_into_journal(self._controller, self)
        if before is None:
            self._show_status(said)
            return

        def undo() -> None:
            self._show_status(undo_import(self._controller, before, self))

        self.undo_offer.offer(said, STATUS_MESSAGE_MS, undo)

    def export_journal(self) -> None:
        from moodapp.ui.exchange.exchange_actions import export_journal

        self._show_status(export_journal(self._controller, self))

    def save_report(self) -> None:
        from moodapp.ui.exchange.exchange_actions import save_report

        self._show_status(save_report(self._controller, self))

    def welcome_due(self) -> bool:
        from moodapp.ui.shell.welcome import welcome_due

        return welcome_due(self._settings, self._controller.journal)

    def show_welcome(self) -> None:
        from moodapp.ui.shell.welcome import open_welcome

        open_welcome(self, self._controller, self.desktop, self._settings,
                     encrypt_journal=self.menus.journal_menu.encrypt_journal,
                     check_in=self.new_check_in)  # fmt: skip

    def show_need_help(self) -> None:
        from moodapp.ui.help.need_help_dialog import show_need_help

        show_need_help(self, self._controller)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About moodapp"),
            self.tr(
                "<h3>moodapp %1</h3><p>A private, offline journal for moods and crying.</p>"
                "<p>Your journal is kept only on this computer, in<br><code>%2</code></p>"
                "<p>Licence: GNU General Public License, version 3 or later.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self._paths.data_dir)),
        )

    def _show_status(self, message: str) -> None:
        self.undo_offer.say(message, STATUS_MESSAGE_MS)

    def _on_controller_change_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo"), message)

    # -- layout kept between runs --------------------------------------------

    def _restore_layout(self) -> None:
        geometry = preferences.read(self._settings, WINDOW_GEOMETRY)
        restored = geometry is not None and self.restoreGeometry(geometry)
        fit_on_screen(self, None if restored else DEFAULT_SIZE)
        splitter = preferences.read(self._settings, ENTRY_SPLITTER)
        if splitter is not None:
            self.entry_view.splitter.restoreState(splitter)
        view = preferences.read(self._settings, WINDOW_VIEW)
        if view != ENTRY:
            self.show_row(view)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._forget_layout:
            super().closeEvent(event)
            return
        splitter = self.entry_view.splitter.saveState()
        preferences.write(self._settings, WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        preferences.write(self._settings, ENTRY_SPLITTER, bytes(splitter.data()))
        preferences.write(self._settings, WINDOW_VIEW, self.nav.currentRow())
        self._settings.sync()
        if self.desktop.lives_in_tray and not self._quitting:
            event.ignore()  # to the tray; the tray's menu quits
            self.hide()
            return
        super().closeEvent(event)
