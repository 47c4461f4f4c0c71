"""A realistic demo data set: cases of the five enforcement types in every stage, some compliant, some not."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from archive_core.cases import compliance
from archive_core.cases.case_files import CaseInput, DuplicateCaseError, OfficerInput, PartyInput, insert_case
from archive_core.cases.records import RecordInput, ServiceInput, _item, _set_item_status, insert_record
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.cases import Case


@dataclass(frozen=True)
class Agency:
    name: str
    prefix: str
    officers: tuple[OfficerInput, ...]


def _officers(unit: str, cert_base: int, names: str) -> tuple[OfficerInput, ...]:
    return tuple(OfficerInput(n, f"{cert_base + i:011d}", unit) for i, n in enumerate(names.split()))


AGENCIES = {
    "penalty": [
        Agency("石家庄市市场监督管理局", "石市监罚",
               _officers("石家庄市市场监督管理局", 13010100101, "王建国 李明 张丽娟 赵志刚")),
        Agency("保定市生态环境局", "保环罚", _officers("保定市生态环境局", 13060200201, "刘洋 陈静 杨帆")),
    ],
    "licensing": [
        Agency("河北省住房和城乡建设厅", "冀建许", _officers("河北省住房和城乡建设厅", 13000300301, "周敏 吴昊 郑雪")),
    ],
    "coercion": [
        Agency("邯郸市城市管理综合行政执法局", "邯城管强", _officers("邯郸市城市管理综合行政执法局", 13040400401,
                                                              "孙伟 马超 胡晓燕")),
    ],
    "inspection": [
        Agency("沧州市应急管理局", "沧应急检", _officers("沧州市应急管理局", 13090500501, "郭鹏 何丽 高建华")),
    ],
    "levy": [
        Agency("廊坊市自然资源和规划局", "廊自然资征",
               _officers("廊坊市自然资源和规划局", 13100600601, "林涛 罗静 梁国栋")),
    ],
}

TITLES = {
    "penalty": ["销售超过保质期食品案", "未按规定公示营业执照案", "虚假宣传保健食品功效案", "超标排放大气污染物案",
                "无证经营危险化学品案", "销售不合格电动自行车头盔案", "未落实食品进货查验记录制度案",
                "违规处置危险废物案"],
    "licensing": ["建筑工程施工许可申请", "燃气经营许可申请", "房地产开发企业资质核定申请", "建筑业企业资质延续申请",
                  "城市建筑垃圾处置核准申请", "市政设施临时占用许可申请"],
    "coercion": ["查封违法建设施工现场", "扣押占道经营设施", "暂扣违规广告牌匾", "查封无证经营场所",
                 "扣押违规运输建筑垃圾车辆", "查封违法生产小作坊"],
    "inspection": ["危险化学品企业安全生产检查", "非煤矿山安全专项检查", "粮食仓储企业有限空间作业检查",
                   "烟花爆竹经营单位节前检查", "工贸企业粉尘涉爆检查", "加油站安全生产执法检查"],
    "levy": ["集体土地征收补偿安置", "城中村改造房屋征收", "高速公路建设项目用地征收", "铁路专用线建设用地征收",
             "水利工程建设用地征收", "学校扩建项目房屋征收"],
}
COMPANIES = ["石家庄恒达食品有限公司", "保定市清源化工有限公司", "河北众诚建设集团有限公司", "邯郸市鑫源商贸有限公司",
             "沧州渤海石化储运有限公司", "廊坊市安泰置业有限公司", "唐山市华信建材有限公司", "河北绿源环保科技有限公司",
             "衡水市康泰医药连锁有限公司", "张家口市长城燃气有限公司", "邢台市宏远机械制造有限公司",
             "秦皇岛市海港物流有限公司"]
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "春梅"]
STREETS = ["中山东路", "建设北大街", "裕华西路", "胜利南路", "和平路", "长江大道", "人民路", "解放路", "光明街"]
CITIES = ["石家庄市长安区", "保定市竞秀区", "邯郸市丛台区", "沧州市运河区", "廊坊市广阳区", "唐山市路北区"]
SOURCES = {"ex_officio": ["日常监督检查发现", "群众举报（12345热线转办）", "上级机关交办", "媒体曝光线索",
                          "双随机一公开抽查"],
           "application": ["当事人书面申请", "政务服务网在线申请", "窗口受理申请"]}

# Defects a non-compliant demo case carries, each breaking one article.
DEFECTS = ["no_seal", "unsigned", "refusal_one_officer", "approval_date", "hearing_unsigned", "service_incomplete",
           "missing_item", "late_archive", "overdue", "av_missing"]
# The stage index (0–3 = stage reached, 4 = action ended) a case needs for its defect to show.
DEFECT_STAGE = {"no_seal": 2, "unsigned": 1, "refusal_one_officer": 1, "approval_date": 2, "hearing_unsigned": 1,
                "service_incomplete": 3, "missing_item": 2, "late_archive": 4, "overdue": 4, "av_missing": 1}


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    records: int
    skipped: int


def _person(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
    id_no = f"1301{rng.randrange(2, 9)}{rng.randrange(1, 9)}{birth:%Y%m%d}{rng.randrange(100, 999)}{rng.randrange(10)}"
    return name, id_no


def _address(rng: random.Random) -> str:
    return f"{rng.choice(CITIES)}{rng.choice(STREETS)}{rng.randrange(1, 300)}号"


def _scan(folder: Path, title: str, doc_no: str, body: str) -> Path:
    """A one-page PDF standing in for the scanned original."""
    from archive_core.spine.pdf import build, para, styles

    st = styles()
    path = folder / f"{doc_no or title}.pdf".replace("/", "-")
    build(path, [para(title, st["title"]), para(doc_no, st["subtitle"]), para(body, st["body"])],
          title=title, footer="扫描件")
    return path


class _Builder:
    def __init__(self, uow: UnitOfWork, rng: random.Random, today: date, scans: Path) -> None:
        self.uow, self.rng, self.today, self.scans = uow, rng, today, scans
        self.records = 0

    def add(self, case: Case, data: RecordInput) -> None:
        insert_record(self.uow, case, data)
        self.records += 1

    def na(self, case: Case, code: str, reason: str) -> None:
        item = _item(self.uow.session, case.id, code)
        item.na_reason = reason
        _set_item_status(self.uow.session, item, self.uow.actor.username)

    def case(self, n: int, etype: str, stage_index: int, defect: str | None) -> Case:
        rng = self.rng
        agency = rng.choice(AGENCIES[etype])
        year = self.today.year
        case_no = f"{agency.prefix}〔{year}〕{n + 10}号"
        initiation = "application" if etype == "licensing" else "ex_officio"
        opened = self.today - timedelta(days=rng.randrange(40, 160) if stage_index < 4 else rng.randrange(90, 200))
        if rng.random() < 0.55 or etype in ("licensing", "levy"):
            credit_code = f"91130{rng.randrange(100, 999)}MA0{rng.randrange(10000, 99999)}X"
            party = PartyInput(rng.choice(COMPANIES), "organisation", credit_code, _address(rng),
                               f"0311-8{rng.randrange(1000000, 9999999)}")
        else:
            name, id_no = _person(rng)
            party = PartyInput(name, "person", id_no, _address(rng), f"13{rng.randrange(100000000, 999999999)}")
        officers = tuple(rng.sample(agency.officers, 2))
        if defect == "missing_item" and rng.random() < 0.5:
            officers = officers[:1]
        av_reasons: tuple[str, ...] = ()
        if defect == "av_missing" or (etype == "coercion" and rng.random() < 0.5):
            av_reasons = (rng.choice(["personal_freedom", "major_property", "venue"]),)
        ended = archived = None
        stage = ["initiation", "investigation", "decision", "service_execution", "service_execution"][stage_index]
        if stage_index == 4:  # ended
            ended = opened + timedelta(days=rng.randrange(30, 70))
            if defect == "overdue":
                ended = self.today - timedelta(days=rng.randrange(35, 60))
            elif defect == "late_archive":
                archived = ended + timedelta(days=rng.randrange(38, 55))
            elif rng.random() < 0.75:
                archived = ended + timedelta(days=rng.randrange(5, 28))
            else:
                ended = self.today - timedelta(days=rng.randrange(3, 20))
            archived = archived if archived is None or archived <= self.today else None
        title = rng.choice(TITLES[etype])
        data = CaseInput(
            case_no=case_no, title=f"{party.name}{title}" if etype != "levy" else f"{title}（{party.name}）",
            enforcement_type=etype, initiation=initiation, opened_on=opened, source=rng.choice(SOURCES[initiation]),
            agency=agency.name, confidentiality=rng.choice(["internal", "internal", "public", "personal_privacy"]
                                                           if party.kind == "person" else
                                                           ["internal", "public", "commercial_secret"]),
            av_reasons=av_reasons, current_stage=stage, action_ended_at=ended,
            entrusting_agency="河北省住房和城乡建设厅" if etype == "licensing" and rng.random() < 0.3 else "",
            summary=f"{party.name}涉嫌{title}，由{agency.name}依法办理。", parties=(party,), officers=officers)
        case = insert_case(self.uow, data)
        case.archived_at = archived
        self._documents(case, etype, stage_index, defect, agency, party, officers, opened)
        return case

    def _documents(self, case: Case, etype: str, stage_index: int, defect: str | None, agency: Agency,
                   party: PartyInput, officers: tuple[OfficerInput, ...], opened: date) -> None:
        rng = self.rng
        short = agency.prefix
        day = opened
        certs = tuple(o.certificate_no for o in officers)

        def d(days: int) -> date:
            nonlocal day
            day = min(day + timedelta(days=days), self.today)
            return day

        def at(on: date) -> datetime:
            return clock.at_local(on, time(rng.randrange(9, 17), rng.choice([0, 15, 30, 45]))).astimezone(UTC)

        # Art. 8: initiation
        if case.initiation == "application":
            self.add(case, RecordInput("application", doc_no="", title=f"{party.name}申请书", issued_on=day))
            self.add(case, RecordInput("acceptance_notice", doc_no=f"{short}受〔{day.year}〕{rng.randrange(1, 99)}号",
                                       issued_on=d(2), sealed=True))
            self.na(case, "8.2b", "申请材料齐全，未要求补正")
        else:
            self.add(case, RecordInput("case_source_record", doc_no=f"{short}源〔{day.year}〕{rng.randrange(1, 199)}号",
                                       issued_on=day))
            self.add(case, RecordInput("filing_approval", doc_no=f"{short}立〔{day.year}〕{rng.randrange(1, 199)}号",
                                       issued_on=day, handler_opinion="建议立案调查",
                                       handler_reasons="涉嫌违法，属本机关管辖", handler_signed_on=day,
                                       reviewer_opinion="同意立案", reviewer_signed_on=d(1),
                                       approver_opinion="同意", approver_signed_on=d(1)))
        if stage_index < 1:
            return
        # Art. 9: investigation
        self.add(case, RecordInput("certificate_display", doc_no="", title="出示执法证件记录", issued_on=d(2)))
        needs_questioning = etype in ("penalty", "coercion")

        def qno() -> str:
            return f"{short}询〔{day.year}〕{rng.randrange(1, 300)}号"

        if needs_questioning or rng.random() < 0.3:
            if defect == "unsigned":
                self.add(case, RecordInput("questioning_record", doc_no=qno(),
                                           title=f"询问笔录（{party.name}）", issued_on=d(1)))
            elif defect == "refusal_one_officer":
                self.add(case, RecordInput("questioning_record", doc_no=qno(),
                                           title=f"询问笔录（{party.name}）", issued_on=d(1),
                                           refusal_note="当事人拒绝在笔录上签字", refusal_witnesses=certs[:1]))
            else:
                refused = rng.random() < 0.2
                self.add(case, RecordInput("questioning_record", doc_no=qno(),
                                           title=f"询问笔录（{party.name}）", issued_on=d(1), party_signed=not refused,
                                           refusal_note="当事人拒绝签字，执法人员注明" if refused else "",
                                           refusal_witnesses=certs if refused else (), pages=rng.randrange(2, 6),
                                           cross_page_sealed=not refused))
        if etype != "licensing" and defect != "missing_item":
            self.add(case, RecordInput("inspection_record", doc_no=f"{short}检〔{day.year}〕{rng.randrange(1, 300)}号",
                                       title="现场检查笔录", issued_on=d(1), party_signed=True, pages=2,
                                       cross_page_sealed=True))
        elif etype != "licensing":
            pass  # missing_item: the on-site inspection record is not in the file
        else:
            self.na(case, "9.3", "许可事项为书面审查，无需现场核查")
        if rng.random() < 0.5:
            self.add(case, RecordInput("evidence_list", doc_no="", title="调取证据清单（营业执照、进货票据复印件）",
                                       issued_on=d(1), party_signed=True))
        if etype == "penalty" and rng.random() < 0.4:
            self.add(case, RecordInput("sampling_record", doc_no=f"{short}抽〔{day.year}〕{rng.randrange(1, 90)}号",
                                       issued_on=d(1), party_signed=True))
            self.add(case, RecordInput("test_report", doc_no=f"冀检{day.year}-{rng.randrange(1000, 9999)}",
                                       title="检验报告（不合格）", issued_on=d(7)))
        if etype == "coercion":
            self.add(case, RecordInput("coercion_decision", doc_no=f"{short}〔{day.year}〕{rng.randrange(1, 90)}号",
                                       title="查封（扣押）决定书", issued_on=d(1),
                                       sealed=defect != "no_seal"))
        if etype in ("penalty", "coercion", "levy"):
            self.add(case, RecordInput("rights_notice", doc_no=f"{short}告〔{day.year}〕{rng.randrange(1, 200)}号",
                                       title="行政处罚告知书" if etype == "penalty" else "权利告知书",
                                       issued_on=d(3), sealed=True))
            self.add(case, RecordInput("statement_record", doc_no="", title="陈述申辩笔录", issued_on=d(5),
                                       party_signed=True))
            if rng.random() < 0.3 or defect == "hearing_unsigned":
                participants = [(party.name if party.kind == "person" else f"{party.name}委托代理人", True),
                                (officers[0].name, True), (officers[1].name if len(officers) > 1 else "记录员", True)]
                if defect == "hearing_unsigned":
                    participants[0] = (participants[0][0], False)
                self.add(case, RecordInput("hearing_record", doc_no=f"{short}听〔{day.year}〕{rng.randrange(1, 30)}号",
                                           issued_on=d(10), participants=tuple(participants), pages=4))
        for code, reason in (("9.5", "本案不涉及抽样取证"), ("9.7", "未采取证据保全措施")):
            if rng.random() < 0.5:
                self.na(case, code, reason)
        if stage_index < 2:
            return
        # Art. 10: review and decision
        self.add(case, RecordInput("investigation_report", doc_no="", title="案件调查终结报告", issued_on=d(5),
                                   handler_opinion="建议依法处理", handler_reasons="事实清楚，证据确凿",
                                   handler_signed_on=day))
        approval = dict(handler_opinion="拟依法作出决定", handler_reasons="违法事实清楚，依据充分",
                        handler_signed_on=d(1), reviewer_opinion="同意",
                        reviewer_signed_on=d(1), approver_opinion="批准", approver_signed_on=d(1))
        if defect == "approval_date":
            approval["approver_signed_on"] = None
        self.add(case, RecordInput("handling_approval", doc_no=f"{short}批〔{day.year}〕{rng.randrange(1, 300)}号",
                                   issued_on=day, **approval))  # type: ignore[arg-type]
        if etype in ("penalty", "coercion", "levy"):
            self.add(case, RecordInput("legal_review", doc_no=f"{short}法审〔{day.year}〕{rng.randrange(1, 200)}号",
                                       issued_on=d(2), reviewer_opinion="主体合法，程序合法，适用依据正确",
                                       reviewer_signed_on=day))
        if rng.random() < 0.3:
            self.add(case, RecordInput("collective_discussion", doc_no="", title="重大执法决定集体讨论记录",
                                       issued_on=d(2)))
        decision_type = {"penalty": "penalty_decision", "licensing": "licence_decision", "coercion": "decision",
                         "inspection": "inspection_opinion", "levy": "decision"}[etype]
        decision_no = f"{short}〔{day.year}〕{rng.randrange(1, 300)}号"
        scan = _scan(self.scans, case.title, decision_no, f"当事人：{party.name}\n地址：{party.address}\n"
                     f"经查，{case.summary}\n依据有关法律法规，决定如下：……")
        self.add(case, RecordInput(decision_type, doc_no=decision_no, issued_on=d(2),
                                   sealed=defect != "no_seal" or etype == "coercion", file=scan))
        if stage_index < 3:
            return
        # Art. 11: service and execution
        method = rng.choice(["direct", "direct", "direct", "postal", "lien", "entrusted", "public_notice"])
        served = at(d(1))
        server = officers[0].name
        service = {
            "direct": lambda: ServiceInput("direct", "决定书", party.name, served, party.address, server, True, True),
            "postal": lambda: ServiceInput("postal", "决定书", party.name, served, receipt_kept=True),
            "lien": lambda: ServiceInput(
                "lien", "决定书", party.name, served, party.address, server, True,
                lien_circumstances="当事人拒绝签收，送达人将文书留置于其住所并拍照记录",
                witness_name=f"社区居委会工作人员{rng.choice(SURNAMES)}{rng.choice(GIVEN)}", witness_signed=True),
            "entrusted": lambda: ServiceInput("entrusted", "决定书", party.name, served, recipient_signed=True,
                                              entrust_reason="当事人现居外地，委托当地执法机关代为送达"),
            "public_notice": lambda: ServiceInput("public_notice", "决定书", party.name, served, receipt_kept=True),
        }[method]()
        if defect == "service_incomplete":
            service = replace(service, recipient_signed=False, receipt_kept=False, witness_signed=False,
                              entrust_reason="")
        self.add(case, RecordInput("public_notice" if method == "public_notice" else "service_receipt",
                                   doc_no=f"{short}送〔{day.year}〕{rng.randrange(1, 400)}号", issued_on=day,
                                   service=service))
        if etype in ("penalty", "coercion", "levy"):
            self.add(case, RecordInput("compliance_record", doc_no="", issued_on=d(10),
                                       title="罚没款缴款凭证" if etype == "penalty" else "履行情况记录"))
        if stage_index == 4:
            self.add(case, RecordInput("closing_report", doc_no="", title="结案报告", issued_on=d(2),
                                       handler_opinion="建议结案", handler_reasons="当事人已履行完毕",
                                       handler_signed_on=day))
            for code, reason in (("11.3", "当事人自觉履行，无需强制执行"), ("11.4", "本案无没收财物")):
                self.na(case, code, reason)


MAX_PER_TYPE = 200


def load_demo(ws: Workstation, actor: Actor, cases_per_type: int = 7, seed: int = 20240601,
              today: date | None = None, progress: Callable[[int, int, str], None] | None = None) -> DemoSummary:
    """Add the demo cases (existing demo case numbers are skipped, so loading twice adds nothing)."""
    if not 1 <= cases_per_type <= MAX_PER_TYPE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Invalid input: the demo takes 1 to {most} cases per enforcement type, not {asked}."),
            most=MAX_PER_TYPE, asked=cases_per_type)
    today = today or clock.today()
    rng = random.Random(seed)
    created = skipped = 0
    total = cases_per_type * len(TITLES)
    with ws.unit(actor) as uow, tempfile.TemporaryDirectory() as scans:
        uow.require(Permission.CASE_WRITE, "case", "demo")
        builder = _Builder(uow, rng, today, Path(scans))
        ids = []
        n = defects = 0
        for etype in TITLES:
            for i in range(cases_per_type):
                n += 1
                stage_index = i % 5
                defect = None
                if i % 2 == 1:  # every other case breaks one article
                    defect = DEFECTS[defects % len(DEFECTS)]
                    defects += 1
                    if defect == "hearing_unsigned" and etype not in ("penalty", "coercion", "levy"):
                        defect = "approval_date"
                    stage_index = max(stage_index, DEFECT_STAGE[defect])
                builder.rng = random.Random(f"{seed}-{n}")  # per case: a reload rebuilds the same numbers
                savepoint = uow.session.begin_nested()
                try:
                    case = builder.case(n, etype, stage_index, defect)
                except DuplicateCaseError:  # loaded before
                    savepoint.rollback()
                    skipped += 1
                    continue
                savepoint.commit()
                ids.append(case.id)
                created += 1
                if progress:
                    progress(n, total, case.case_no)
        compliance.refresh(uow.session, ids, today)
        uow.audit("demo.load", "case", "*", {"cases": created, "records": builder.records, "skipped": skipped})
    return DemoSummary(created, builder.records, skipped)


def demo_case_numbers(ws: Workstation, actor: Actor) -> list[str]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "case", "*")
        return list(uow.session.execute(select(Case.case_no).order_by(Case.opened_on)).scalars())
