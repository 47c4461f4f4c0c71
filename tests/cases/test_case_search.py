"""Case search by any part of the number, title, party or officer name, kept current as cases and people change."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import select, text

from archive_core.cases import case_files
from archive_core.cases.case_files import CaseQuery, OfficerInput, PartyInput, query_ids
from models.engine import _alembic_config, migrate, open_database
from models.people import Officer, Party

LONG_NAME = "河北" + "长城" * 40 + "恒泰远洋" + "物流" * 55 + "有限公司"  # 200 characters


@pytest.fixture
def cases(new_case):
    new_case("石市监罚〔2026〕315号", title="销售过期食品案")
    new_case("保环罚〔2025〕7号", title="超标排放废水案",
             parties=(PartyInput("保定清源化工有限公司", "organisation", "91130600XY"),),
             officers=(OfficerInput("欧阳振华", "13060001"), OfficerInput("赵敏", "13060002")))
    new_case("冀建许〔2026〕42号", title="建筑工程施工许可", enforcement_type="licensing", initiation="application",
             parties=(PartyInput('百分%_商行\'"老店', "organisation"),),
             officers=(OfficerInput("孙立", "13070001"),))
    new_case("唐市监罚〔2024〕9号", title="无照经营案", parties=(PartyInput(LONG_NAME, "organisation"),),
             officers=(OfficerInput("孙立", "13070001"),))


def find(ws, actor, term: str, field: str = "all") -> list[str]:
    ids = case_files.search_ids(ws, actor, CaseQuery(text=term, field=field), "case_no", False)
    found = case_files.rows(ws, actor, ids)
    return sorted(found[i].case_no for i in ids)


def test_a_fragment_of_a_party_name_finds_its_case(ws, archivist, cases):
    assert len(LONG_NAME) == 200
    assert find(ws, archivist, "恒达") == ["石市监罚〔2026〕315号"]  # 石家庄恒达食品有限公司, two characters
    assert find(ws, archivist, "恒达食品") == ["石市监罚〔2026〕315号"]
    assert find(ws, archivist, "清源化工", "party") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "有限公司", "party") == ["保环罚〔2025〕7号", "唐市监罚〔2024〕9号",
                                                    "石市监罚〔2026〕315号"]
    assert find(ws, archivist, "恒泰远洋") == ["唐市监罚〔2024〕9号"]  # in the middle of a 200-character name
    assert find(ws, archivist, "物流有限公司") == ["唐市监罚〔2024〕9号"]
    assert find(ws, archivist, "91130600XY") == ["保环罚〔2025〕7号"]  # the ID number, whole
    assert find(ws, archivist, "清源化工", "officer") == []


def test_a_middle_fragment_of_an_officer_name_finds_the_case(ws, archivist, cases):
    assert find(ws, archivist, "阳振") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "阳振华", "officer") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "孙立", "officer") == ["冀建许〔2026〕42号", "唐市监罚〔2024〕9号"]
    assert find(ws, archivist, "13060002", "officer") == ["保环罚〔2025〕7号"]  # the certificate number, whole
    assert find(ws, archivist, "阳振华", "party") == []


def test_parts_of_the_case_number_and_title(ws, archivist, cases):
    assert find(ws, archivist, "〔2026〕") == ["冀建许〔2026〕42号", "石市监罚〔2026〕315号"]
    assert find(ws, archivist, "2026", "case_no") == ["冀建许〔2026〕42号", "石市监罚〔2026〕315号"]
    assert find(ws, archivist, "〕315号") == ["石市监罚〔2026〕315号"]
    assert find(ws, archivist, "31") == ["石市监罚〔2026〕315号"]
    assert find(ws, archivist, "7") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "市监罚") == ["唐市监罚〔2024〕9号", "石市监罚〔2026〕315号"]
    assert find(ws, archivist, "过期食", "title") == ["石市监罚〔2026〕315号"]
    assert find(ws, archivist, "废水", "title") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "案", "title") == ["保环罚〔2025〕7号", "唐市监罚〔2024〕9号", "石市监罚〔2026〕315号"]
    assert find(ws, archivist, "过期食", "case_no") == []
    assert find(ws, archivist, "〔2026〕", "title") == []


@pytest.mark.parametrize("term", ["%", "_", "'", '"', "%_", "分%_商", "%_商行'\"", "\\", "*"])
def test_wildcards_and_quotes_are_literal(ws, archivist, cases, term):
    assert find(ws, archivist, term) == (["冀建许〔2026〕42号"] if term not in ("\\", "*") else [])


@pytest.mark.parametrize("term", ["AND", "恒达 OR 清源", "NEAR(a b)", "name:恒达", "{title}:案", "\"\""])
def test_search_syntax_is_text_not_operators(ws, archivist, cases, term):
    assert find(ws, archivist, term) == []


def test_the_index_follows_renames_and_changes_of_people(ws, archivist, cases):
    with ws.unit(archivist) as uow:
        party = uow.session.execute(select(Party).where(Party.name == "保定清源化工有限公司")).scalar_one()
        party.name = "保定渤海新材料有限公司"
        officer = uow.session.execute(select(Officer).where(Officer.certificate_no == "13060001")).scalar_one()
        officer.name = "欧阳立新"
        uow.audit("test.rename", "party", party.id)
    assert find(ws, archivist, "清源化工") == []
    assert find(ws, archivist, "清源") == []
    assert find(ws, archivist, "渤海新材") == ["保环罚〔2025〕7号"]
    assert find(ws, archivist, "阳振华") == []
    assert find(ws, archivist, "阳立新") == ["保环罚〔2025〕7号"]

    case_files.update_case(ws, archivist, "保环罚〔2025〕7号", title="非法倾倒固体废物案")
    assert find(ws, archivist, "排放废水") == []
    assert find(ws, archivist, "倾倒固体") == ["保环罚〔2025〕7号"]

    detail = case_files.case_detail(ws, archivist, "唐市监罚〔2024〕9号")
    case_files.change_people(ws, archivist, "唐市监罚〔2024〕9号",
                             parties=(PartyInput("路北区诚信超市", "organisation"),),
                             remove_party_ids=[p.id for p in detail.parties])
    assert find(ws, archivist, "恒泰远洋") == []
    assert find(ws, archivist, "诚信超市") == ["唐市监罚〔2024〕9号"]


def test_a_new_case_is_found_at_once_and_filters_still_apply(ws, archivist, cases, new_case):
    new_case("石市监罚〔2026〕316号", title="销售假冒商品案",
             parties=(PartyInput("石家庄众诚商贸有限公司", "organisation"),))
    assert find(ws, archivist, "众诚商贸") == ["石市监罚〔2026〕316号"]
    ids = case_files.search_ids(ws, archivist, CaseQuery("〔2026〕", enforcement_type="licensing"))
    assert [r.case_no for r in case_files.rows(ws, archivist, ids).values()] == ["冀建许〔2026〕42号"]
    assert [r.case_no for r in case_files.find_cases(ws, archivist, "阳振")] == ["保环罚〔2025〕7号"]


def test_the_search_indexes_exist_at_head(ws, archivist, cases):
    """A migration that rebuilds one of the tables drops its triggers (SQLite): they must be there at head, and the
    index must agree with the tables. On PostgreSQL the trigram index is what the search uses."""
    with ws.unit(archivist, write=False) as uow:
        conn = uow.session.connection()
        if conn.dialect.name == "sqlite":
            triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            for index in ("case_search", "party_search", "officer_search"):
                assert {f"{index}_insert", f"{index}_delete", f"{index}_update"} <= triggers
                conn.execute(text(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"))
        else:
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(conn.execute(text(
                "EXPLAIN SELECT id FROM parties WHERE name ILIKE '%清源化工%'")).scalars())
            assert "ix_parties_name_trgm" in plan


def test_the_migration_indexes_an_existing_catalogue(tmp_path):
    db_file = tmp_path / "catalogue.sqlite3"
    db = open_database(f"sqlite:///{db_file}")
    try:
        cfg = _alembic_config(db)
        with db.write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009_exact_checklist_items")
        with sqlite3.connect(db_file) as conn:
            conn.execute("INSERT INTO cases (id, case_no, title, enforcement_type, initiation, source, "
                         "entrusting_agency, agency, opened_on, current_stage, confidentiality, av_mandatory, "
                         "av_reasons, summary, compliance_state, finding_count, created_at, created_by) VALUES (1, "
                         "'石市监罚〔2025〕88号', '销售过期食品案', 'penalty', 'ex_officio', '', '', '', '2025-01-01', "
                         "'initiation', 'internal', 0, '', '', 'unchecked', 0, '2025-01-01 00:00:00', 'x')")
            conn.execute("INSERT INTO parties (id, kind, name, id_number, address, phone, created_at) VALUES "
                         "(1, 'organisation', '石家庄恒达食品有限公司', '', '', '', '2025-01-01 00:00:00')")
            conn.execute("INSERT INTO case_parties (case_id, party_id, role) VALUES (1, 1, 'party')")
        migrate(db, tmp_path / "backups")
        with db.reader() as session:
            assert query_ids(session, CaseQuery("恒达食品")) == [1]
            assert query_ids(session, CaseQuery("〔2025〕88")) == [1]
            assert query_ids(session, CaseQuery("过期食品")) == [1]
    finally:
        db.dispose()
