"""The marker list shows what the catalogue keeps: one line per time and note, never a duplicate that was not saved."""

from __future__ import annotations

from ui.av.player_markers import Marker, MarkerPanel


def test_the_same_marker_twice_is_one_line(qtbot):
    panel = MarkerPanel()
    qtbot.addWidget(panel)
    panel.add(Marker(4000, "当事人出示证件"))
    panel.add(Marker(4000, "当事人出示证件 "))  # M pressed again on the paused frame
    panel.add(Marker(4000, ""))
    assert sorted((m.at_ms, m.note) for m in panel.markers()) == [(4000, ""), (4000, "当事人出示证件")]
    assert panel._list.count() == 2
