"""A disc build that cannot fit in its folder is refused before it starts, naming the space needed and free; nothing
is written and no set is registered."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from archive_core.archiving import discs
from archive_core.spine.disk_space import FolderNoRoomError
from archive_core.spine.i18n import Translator
from models.archiving import DiscSet
from tests.archiving.test_discs import filed, tiny_medium  # noqa: F401  (fixtures)
from tests.spine.test_failures import small_disk


def test_a_build_that_cannot_fit_is_refused_before_it_starts(ws, archivist, filed, tmp_path):  # noqa: F811
    case, _volume = filed
    plan = discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny")
    with small_disk(tmp_path / "stick", "1m") as stick:
        with pytest.raises(FolderNoRoomError) as refused:
            discs.build_set(ws, archivist, plan, stick / "光盘")
        text = refused.value.render(Translator("zh_CN").error)
        assert str(stick / "光盘") in text and "MiB" in text and "未制作任何光盘" in text
        assert list(stick.iterdir()) == []
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(DiscSet)).scalar() == 0
    assert discs.build_set(ws, archivist, plan, tmp_path / "out").ok  # the same plan builds where there is room
