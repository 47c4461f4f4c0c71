"""Recurring maintenance plans (Art. 25): what is due or overdue now, each plan's next due date, (de)activation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from archive_core.equipment import devices, maintenance
from archive_core.equipment.devices import MAINTENANCE_KINDS, MAINTENANCE_LABELS
from archive_core.equipment.maintenance import MaintenanceDue, PlanView
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.workstation import Workstation
from ui.equipment.device_models import MaintenanceDueModel, PlanModel, label
from ui.kit.context import UiContext
from ui.kit.errors import error_label, error_text, show_inline
from ui.kit.long_text import bounded_combo
from ui.kit.tables import table_view

# Looking this far ahead gives every active plan's next due date, not only those inside the reminder window.
ALL_AHEAD_DAYS = 36500


@dataclass(frozen=True)
class PlansOverview:
    plans: list[PlanView]
    due: list[MaintenanceDue]
    next_due: dict[int, MaintenanceDue]  # plan id → its soonest device


def plans_overview(ws: Workstation, actor: Actor, now: datetime) -> PlansOverview:
    plans = maintenance.list_plans(ws, actor)
    due = maintenance.maintenance_due(ws, actor, now=now)
    soonest: dict[int, MaintenanceDue] = {}
    for item in maintenance.maintenance_due(ws, actor, now=now, horizon_days=ALL_AHEAD_DAYS):
        soonest.setdefault(item.plan_id, item)  # the list is sorted soonest first
    return PlansOverview(plans, due, soonest)


class MaintenancePlansDialog(QDialog):
    changed = Signal()  # a plan was added, activated or deactivated

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, device_tag: str = "", device_model: str = "",
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.ctx, self.clock = ctx, clock
        self.device_tag, self.device_model = device_tag, device_model
        self.overview: PlansOverview | None = None
        self.setWindowTitle(self.tr("Maintenance plans"))
        self.resize(1000, 640)
        self.can_manage = ctx.can(Permission.DEVICE_MANAGE)

        self.due_label = QLabel(self.tr("Due now"))
        self.due_model = MaintenanceDueModel(self)
        self.due_view = table_view(self.due_model, fit_columns=True)
        self.plan_model = PlanModel(self)
        self.plan_view = table_view(self.plan_model, fit_columns=True)
        self.add_button = QPushButton(self.tr("Add plan…"))
        self.add_button.setEnabled(self.can_manage)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.activate_button = QPushButton(self.tr("Activate"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.deactivate_button)
        row.addWidget(self.activate_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_view, 2)
        layout.addWidget(QLabel(self.tr("Plans: due every interval after the last time that work was done")))
        layout.addWidget(self.plan_view, 3)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.plan_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.plan_model.modelReset.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_plan)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.activate_button.clicked.connect(lambda: self.set_active(True))
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run(plans_overview, self.ctx.ws, self.ctx.actor, self.clock(), on_done=self._show,
                           on_error=lambda exc: self._say(error_text(exc), error=True), owner=self)

    def _show(self, o: PlansOverview) -> None:
        self.overview = o
        self.due_model.set_rows(o.due)
        overdue = sum(1 for d in o.due if d.overdue)
        text = self.tr("Due now or soon: {n}").format(n=len(o.due))
        if overdue:
            text += "　" + self.tr("{n} overdue").format(n=overdue)
        self.due_label.setText(text)
        self.due_label.setStyleSheet("color: #c0392b; font-weight: bold;" if overdue else "font-weight: bold;")
        self.plan_model.set_plans(o.plans, o.next_due)

    def selected_plan(self) -> PlanView | None:
        rows = self.plan_view.selectionModel().selectedRows()
        return self.plan_model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        plan = self.selected_plan()
        self.deactivate_button.setEnabled(self.can_manage and plan is not None and plan.active)
        self.activate_button.setEnabled(self.can_manage and plan is not None and not plan.active)

    def add_plan(self) -> None:
        dialog = PlanDialog(self.ctx, self, device_tag=self.device_tag, device_model=self.device_model,
                            clock=self.clock)
        dialog.accepted.connect(lambda: self._changed(self.tr("Plan #{id} added.").format(id=dialog.created.id)
                                                      if dialog.created else ""))
        dialog.open()

    def set_active(self, active: bool) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        self.ctx.tasks.run(maintenance.set_plan_active, self.ctx.ws, self.ctx.actor, plan.id, active,
                           on_done=lambda p: self._changed(
                               (self.tr("Plan #{id} is active again.") if p.active
                                else self.tr("Plan #{id} deactivated.")).format(id=p.id)),
                           on_error=lambda exc: self._say(error_text(exc), error=True), write=True, owner=self)

    def _changed(self, text: str) -> None:
        self._say(text)
        self.changed.emit()
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c0392b;" if error else "color: #1e8449;")


class PlanDialog(QDialog):
    """A new plan for one device or for every device of a model."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, device_tag: str = "", device_model: str = "",
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.ctx, self.clock = ctx, clock
        self.created: PlanView | None = None
        self.setWindowTitle(self.tr("Add a maintenance plan"))
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        for key in MAINTENANCE_KINDS:
            self.kind.addItem(label(MAINTENANCE_LABELS, key), key)
        self.interval = QSpinBox()
        self.interval.setRange(1, 3650)
        self.interval.setValue(30)
        self.interval.setSuffix(self.tr(" days"))
        self.for_device = QRadioButton(self.tr("One device:"))
        self.for_model = QRadioButton(self.tr("Every device of model:"))
        group = QButtonGroup(self)
        group.addButton(self.for_device)
        group.addButton(self.for_model)
        self.device = QLineEdit(device_tag)
        self.device.setPlaceholderText(self.tr("asset tag"))
        self.model_combo = bounded_combo(QComboBox(), 24)
        self.model_combo.setEditable(True)
        self.model_combo.setEditText(device_model)
        (self.for_device if device_tag or not device_model else self.for_model).setChecked(True)
        self.remind = QSpinBox()
        self.remind.setRange(0, 365)
        self.remind.setValue(7)
        self.remind.setSuffix(self.tr(" days ahead"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Maintenance:"), self.kind)
        form.addRow(self.tr("Every:"), self.interval)
        form.addRow(self.for_device, self.device)
        form.addRow(self.for_model, self.model_combo)
        form.addRow(self.tr("Remind:"), self.remind)
        form.addRow(self.tr("Note:"), self.note)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.for_device.toggled.connect(self._target_changed)
        self._target_changed()
        ctx.tasks.run(devices.list_devices, ctx.ws, ctx.actor, on_done=self._models, owner=self)

    def _models(self, views: list[devices.DeviceView]) -> None:
        text = self.model_combo.currentText()
        self.model_combo.addItems(sorted({v.model for v in views if v.model}))
        self.model_combo.setEditText(text)

    def _target_changed(self, *_args: object) -> None:
        self.device.setEnabled(self.for_device.isChecked())
        self.model_combo.setEnabled(self.for_model.isChecked())

    def save(self) -> None:
        device = self.device.text().strip() if self.for_device.isChecked() else None
        model = None if self.for_device.isChecked() else self.model_combo.currentText()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(self._add, self.kind.currentData(), self.interval.value(), device, model,
                           self.remind.value(), self.note.text(), self.clock(), on_done=self._saved,
                           on_error=self._failed, write=True, owner=self)

    def _add(self, kind: str, interval: int, device: str | None, model: str | None, remind: int, note: str,
             now: datetime) -> PlanView:
        return maintenance.add_plan(self.ctx.ws, self.ctx.actor, kind, interval, device_key=device or None,
                                    model=model, remind_days=remind, note=note, now=now)

    def _saved(self, plan: PlanView) -> None:
        self.created = plan
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_inline(self.error, exc)
