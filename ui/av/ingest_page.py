"""The ingest monitor: dock folders, start/stop watching, the queue with progress, reasons and 24-hour clocks, and
the A/V settings that govern ingest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_core.av import ingest, ingest_monitor, ingest_queue, settings
from archive_core.av.dock_watch import DockWatcher, WatchedDock
from archive_core.spine.auth import Permission
from ui.av.ingest_models import ProgressDelegate, QueueModel
from ui.av.settings_dialog import MediaSettingsDialog
from ui.kit.errors import error_text, show_error
from ui.kit.long_text import show_full_text
from ui.kit.page import Page

REFRESH_MS = 1500


class _Bridge(QObject):
    """The watcher's threads report here; the signals arrive queued on the GUI thread."""

    progressed = Signal(int, int, str)
    changed = Signal()


class IngestPage(Page):
    order = 30
    icon = QStyle.StandardPixmap.SP_DriveHDIcon
    # The system administrator, who alone may change the A/V settings, sees the page for them.
    permissions = (Permission.MEDIA_INGEST, Permission.SETTINGS_MANAGE)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("media", "Ingest monitor")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watcher: DockWatcher | None = None
        self.dialog: MediaSettingsDialog | None = None
        self.can_ingest = ctx.can(Permission.MEDIA_INGEST)
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.changed.connect(self.refresh)
        self.model = QueueModel(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Recordings are stored in the vault within 24 hours of recording (Art. 24). "
                                 "Files are taken once complete; the source is kept unless the agency decides "
                                 "otherwise."))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Dock folders")))
        self.docks = QListWidget()
        # a long path is shortened in its middle (the whole path in the tooltip), not scrolled sideways
        self.docks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.docks.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        lv.addWidget(self.docks)
        self.polling = QCheckBox(self.tr("USB or network folder (poll)"))
        lv.addWidget(self.polling)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self._add_dock)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_dock)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)
        self.watch_button = QPushButton(self.tr("Start watching"))
        self.watch_button.setCheckable(True)
        self.watch_button.clicked.connect(self._toggle_watch)
        lv.addWidget(self.watch_button)
        self.import_button = QPushButton(self.tr("Ingest files…"))
        self.import_button.clicked.connect(self._import_files)
        lv.addWidget(self.import_button)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.clicked.connect(self._retry)
        lv.addWidget(self.retry_button)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Camera time zone, interruption limits, deleting the source after a "
                                                "verified copy"))
        self.settings_button.clicked.connect(self.open_settings)
        lv.addWidget(self.settings_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lv.addWidget(self.status)
        if not self.can_ingest:
            for widget in (self.polling, self.add_button, self.remove_button, self.watch_button, self.import_button,
                           self.retry_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Watching dock folders and ingesting need the ingest permission; the A/V "
                                        "settings can be changed here."))
        lv.addStretch(1)
        split.addWidget(left)
        self.table = QTableView()
        show_full_text(self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 180)
        split.addWidget(self.table)
        split.setStretchFactor(1, 4)
        split.setSizes([240, 1000])
        layout.addWidget(split, 1)

    # --- data --------------------------------------------------------------------------------------------------
    def activate(self) -> None:
        if self.can_ingest:
            self.refresh()
            self._load_docks()

    def print_view(self) -> QAbstractItemView | None:
        return self.table

    def _load_docks(self) -> None:
        self.ctx.tasks.run(settings.list_docks, self.ctx.ws, self.ctx.actor, on_done=self._show_docks,
                           on_error=self._error, owner=self)

    def _show_docks(self, docks: list[settings.DockView]) -> None:
        self.docks.clear()
        for d in docks:
            if d.active:
                item = QListWidgetItem(d.path + (self.tr("  (poll)") if d.polling else ""))
                item.setData(Qt.ItemDataRole.UserRole, (d.path, d.polling))
                item.setToolTip(d.path)
                self.docks.addItem(item)

    def refresh(self) -> None:
        self.ctx.tasks.run(self._fetch, on_done=self._show, on_error=self._refresh_failed, owner=self)

    def _fetch(self) -> tuple[list[ingest_monitor.QueueRow], dict[str, int]]:
        ws, actor = self.ctx.ws, self.ctx.actor
        return ingest_monitor.queue_rows(ws, actor, limit=500), ingest_monitor.queue_counts(ws, actor)

    def _show(self, result: tuple[list[ingest_monitor.QueueRow], dict[str, int]]) -> None:
        rows, counts = result
        self.model.set_rows(rows)
        self.status.setText(self.tr("Stored {done} · duplicates {dup} · waiting {queued} · copying {busy} · "
                                    "failed {failed} · refused {rejected}").format(
            done=counts.get("done", 0), dup=counts.get("duplicate", 0), queued=counts.get("queued", 0),
            busy=counts.get("claimed", 0), failed=counts.get("failed", 0), rejected=counts.get("rejected", 0)))

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _refresh_failed(self, exc: BaseException) -> None:
        # A monitor refreshing every few seconds must not stack dialogs: say it in the status line.
        self.status.setText("<span style='color:#b3261e'>" + error_text(exc) + "</span>")

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.model.set_progress(name, done, total)

    # --- actions -----------------------------------------------------------------------------------------------
    def _add_dock(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dock folder"))
        if folder:
            self.add_folder(folder, self.polling.isChecked())

    def add_folder(self, folder: str, polling: bool) -> None:
        self.ctx.tasks.run(settings.add_dock, self.ctx.ws, self.ctx.actor, folder, polling,
                           on_done=lambda _v: self._load_docks(), on_error=self._error, owner=self, write=True)

    def _remove_dock(self) -> None:
        item = self.docks.currentItem()
        if item is not None:
            path = item.data(Qt.ItemDataRole.UserRole)[0]
            self.ctx.tasks.run(settings.remove_dock, self.ctx.ws, self.ctx.actor, path,
                               on_done=lambda _v: self._load_docks(), on_error=self._error, owner=self, write=True)

    def _toggle_watch(self, on: bool) -> None:
        if on:
            self.start_watching()
        else:
            self.stop_watching()

    def start_watching(self) -> None:
        docks = [WatchedDock(*self.docks.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.docks.count())]
        if not docks:
            self.watch_button.setChecked(False)
            self.status.setText(self.tr("Add a dock folder first."))
            return
        bridge = self._bridge
        self.watcher = DockWatcher(self.ctx.ws, self.ctx.actor, docks,
                                   on_result=lambda _r: bridge.changed.emit(),
                                   on_event=lambda _k, _d: bridge.changed.emit())
        self.watcher.progress_listener(bridge.progressed.emit)
        self.watch_button.setText(self.tr("Stop watching"))
        self.watch_button.setChecked(True)
        self.ctx.tasks.run(self.watcher.start, on_error=self._watch_failed, owner=self)
        self._timer.start()

    def _watch_failed(self, exc: BaseException) -> None:
        self.watcher = None
        self.watch_button.setChecked(False)
        self.watch_button.setText(self.tr("Start watching"))
        show_error(self, exc)

    def stop_watching(self) -> None:
        watcher, self.watcher = self.watcher, None
        self._timer.stop()
        self.watch_button.setChecked(False)
        self.watch_button.setText(self.tr("Start watching"))
        if watcher is not None:
            self.ctx.tasks.run(watcher.stop, on_done=lambda _v: self.refresh(), on_error=self._refresh_failed,
                               owner=self)

    def _import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Recordings to ingest"))
        if files:
            self.ingest_files(files)

    def ingest_files(self, files: list[str]) -> None:
        self._timer.start()
        self.ctx.tasks.run(lambda progress: ingest.ingest_paths(self.ctx.ws, self.ctx.actor, files, settle=0.5,
                                                                progress=progress),
                           on_done=self._imported, on_error=self._error, on_progress=self._on_progress,
                           owner=self, write=True, progress=True)

    def _imported(self, _results: list[ingest.IngestResult]) -> None:
        if self.watcher is None:
            self._timer.stop()
        self.refresh()

    def open_settings(self) -> None:
        self.dialog = MediaSettingsDialog(self.ctx, self)
        self.dialog.open()

    def _retry(self) -> None:
        ids = [r.id for r in self.model.rows if r.state == "failed"]
        if ids:
            self.ctx.tasks.run(ingest_queue.retry, self.ctx.ws, self.ctx.actor, ids,
                               on_done=lambda _n: self.refresh(), on_error=self._error, owner=self, write=True)

    def shutdown(self) -> None:
        """Stop watching before the window closes (the current copy goes back to the queue)."""
        if self.watcher is not None:
            self.watcher.stop(10)
            self.watcher = None

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
