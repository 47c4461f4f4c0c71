<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DisposalRequestDialog</name>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="28" />
        <source>Request disposal</source>
        <translation>申请销毁</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="31" />
        <source>Only records whose retention period has ended and that are under no legal hold can be disposed of. Another person with the right to approve must approve the request; execution then removes the files from the vault for good and keeps a tombstone with their digests in the catalogue (Art. 27).</source>
        <translation>只有保管期限已满且未被冻结的记录才能销毁。申请须由另一位有审批权限的人员批准；执行时从证据库中永久删除文件，并在目录中保留含摘要值的销毁登记（第二十七条）。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="36" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="36" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="36" />
        <source>Case / title</source>
        <translation>案件 / 标题</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="37" />
        <source>Retention ended</source>
        <translation>保管期满日</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="49" />
        <source>Why these records should be disposed of (required)</source>
        <translation>说明销毁这些记录的理由（必填）</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="52" />
        <source>File request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/disposal_dialog.py" line="59" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="141" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="142" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="143" />
        <source>Case / title</source>
        <translation>案件 / 标题</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="144" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="145" />
        <source>Counted from</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="146" />
        <source>Retention ends</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="147" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>HoldModel</name>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="176" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="177" />
        <source>Held record</source>
        <translation>冻结对象</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="178" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="179" />
        <source>Placed by</source>
        <translation>冻结人</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="180" />
        <source>Placed at</source>
        <translation>冻结时间</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="181" />
        <source>Released</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="196" />
        <source>Active</source>
        <translation>冻结中</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../../ui/retention/reason_dialog.py" line="31" />
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/reason_dialog.py" line="40" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="206" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="207" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="208" />
        <source>Items</source>
        <translation>销毁对象</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="209" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="210" />
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="211" />
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="212" />
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="213" />
        <source>Executed at</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="224" />
        <source> and {n} more</source>
        <translation> 等 {n} 项</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="30" />
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="31" />
        <source>A/V record</source>
        <translation>音像记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="34" />
        <source>Penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="35" />
        <source>Licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="36" />
        <source>Coercion</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="37" />
        <source>Inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="38" />
        <source>Levy and requisition</source>
        <translation>行政征收征用</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="39" />
        <location filename="../../../ui/retention/retention_models.py" line="44" />
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="42" />
        <source>High (Art. 20 grounds)</source>
        <translation>高（第二十条情形）</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="43" />
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="80" />
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="82" />
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="83" />
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="116" />
        <source>Retention and disposal</source>
        <translation>保管与销毁</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="121" />
        <source>Due records</source>
        <translation>到期记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="122" />
        <source>Legal holds</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="123" />
        <source>Disposal requests</source>
        <translation>销毁申请</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="124" />
        <source>Retention schedule</source>
        <translation>保管期限表</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="136" />
        <source>Case files and A/V</source>
        <translation>案卷和音像记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="137" />
        <source>Case files</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="138" />
        <source>A/V records not in a case</source>
        <translation>未关联案件的音像记录</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="140" />
        <source>Held or not</source>
        <translation>冻结与否</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="141" />
        <source>Only held</source>
        <translation>仅冻结的</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="142" />
        <source>Not held</source>
        <translation>未冻结的</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="143" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="149" />
        <source>Retention ends by:</source>
        <translation>保管期满不晚于：</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="162" />
        <source>Request disposal…</source>
        <translation>申请销毁…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="164" />
        <source>Place legal hold…</source>
        <translation>冻结（暂停销毁）…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="170" />
        <source>Disposal only at the end of retention, never for held records, with a second person's approval (Art. 27). A/V used as evidence or linked to a case follows the case.</source>
        <translation>仅在保管期满后销毁，被冻结的记录不得销毁，须经另一人批准（第二十七条）。作为证据使用或关联案件的音像记录随案卷保管。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="197" />
        <source>{n} records, {due} due now</source>
        <translation>共 {n} 条，其中 {due} 条已到期</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="223" />
        <source>Place legal hold</source>
        <translation>冻结（暂停销毁）</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="224" />
        <source>While the hold is active no retention period runs out and nothing of the record can be disposed of. A hold on a case file covers every record linked to it.</source>
        <translation>冻结期间保管期限不会届满，记录的任何部分都不得销毁。冻结案卷即冻结其关联的全部记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="236" />
        <source>Show released holds</source>
        <translation>显示已解除的冻结</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="243" />
        <source>Release hold…</source>
        <translation>解除冻结…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="274" />
        <source>Release legal hold</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="275" />
        <source>Once released, the retention period counts again; records already past their end become due.</source>
        <translation>解除后保管期限恢复计算；已过期满日的记录即成为到期记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="285" />
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="286" />
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="287" />
        <source>Approved, not executed</source>
        <translation>已批准未执行</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="289" />
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="290" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="299" />
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>No disposal requests in this list. The archivist files them from the due records (Art. 27).</source>
        <translation>此列表中没有销毁申请。销毁申请由档案管理员在“到期记录”中提出（第二十七条）。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="301" />
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="303" />
        <source>Execute disposal…</source>
        <translation>执行销毁…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="346" />
        <source>You filed this request: another person must decide (Art. 27).</source>
        <translation>此申请由您提交，须由另一人审批（第二十七条）。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="352" />
        <source>Disposal request {id} — {state}</source>
        <translation>销毁申请 {id} — {state}</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="353" />
        <source>Requested by {who} at {when}: {reason}</source>
        <translation>{who} 于 {when} 申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="357" />
        <source>Rejected by {who} at {when}: {reason}</source>
        <translation>{who} 于 {when} 驳回：{reason}</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="360" />
        <source>Approved by {who} at {when}: {opinion}</source>
        <translation>{who} 于 {when} 批准：{opinion}</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="363" />
        <source>Executed by {who} at {when}</source>
        <translation>{who} 于 {when} 执行</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="365" />
        <source>Records:</source>
        <translation>销毁对象：</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="366" />
        <source>retention ended</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="369" />
        <source>Removed from the vault (tombstones kept):</source>
        <translation>已从证据库删除（保留销毁登记）：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>Approve disposal request</source>
        <translation>批准销毁申请</translation>
    </message>
    <message>
        <source>Once executed, the files of these records are removed from the vault for good; the catalogue keeps a tombstone (Art. 27). Write your opinion (审批意见) to approve.</source>
        <translation>执行后，这些记录的文件将从证据库中永久删除，目录保留销毁记录（第二十七条）。请填写审批意见后批准。</translation>
    </message>
    <message>
        <source>Approve disposal request {id} for {n} records with the opinion “{opinion}”? The approval is recorded under your name and cannot be withdrawn; it can only be rejected before execution.</source>
        <translation>以审批意见“{opinion}”批准第 {id} 号销毁申请（{n} 条记录）？批准将以您的名义记录，不能撤回；执行前仍可驳回。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="387" />
        <source>Reject disposal request</source>
        <translation>驳回销毁申请</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="387" />
        <source>The records stay in the archive.</source>
        <translation>记录将继续保存在档案中。</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="399" />
        <source>Execute disposal</source>
        <translation>执行销毁</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="400" />
        <source>The files of {n} records are removed from the vault for good. Every condition is checked again first. Continue?</source>
        <translation>{n} 条记录的文件将从证据库中永久删除。执行前会再次核查全部条件。是否继续？</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="416" />
        <source>Change period…</source>
        <translation>修改保管期限…</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="418" />
        <source>Agencies set retention periods per record category and risk (Art. 25). The first applicable rule in this order decides; the system administrator changes them.</source>
        <translation>按记录类别和风险等级确定保管期限（第二十五条）。按此顺序第一条适用的规则生效；由系统管理员修改。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="81" />
        <source>Retention rule</source>
        <translation>保管期限规则</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="82" />
        <source>Keep permanently</source>
        <translation>永久保管</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="86" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="90" />
        <source>Rule applies</source>
        <translation>启用此规则</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="93" />
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="94" />
        <source>Period:</source>
        <translation>保管期限：</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_page.py" line="98" />
        <source>A/V records are kept at least six months (Art. 25).</source>
        <translation>音像记录至少保存六个月（第二十五条）。</translation>
    </message>
</context>
<context>
    <name>RuleModel</name>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="242" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="243" />
        <source>Category</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="244" />
        <source>Enforcement type</source>
        <translation>执法类型</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="245" />
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="246" />
        <source>Period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="247" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="261" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/retention/retention_models.py" line="261" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="47" />
        <source>retention rule changed</source>
        <translation>修改保管期限规则</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="48" />
        <source>retention schedule loaded</source>
        <translation>载入保管期限表</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/holds.py" line="22" />
        <source>legal hold placed</source>
        <translation>冻结记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/holds.py" line="23" />
        <source>legal hold released</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="38" />
        <source>disposal requested</source>
        <translation>申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="39" />
        <source>disposal approved</source>
        <translation>批准销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="40" />
        <source>disposal rejected</source>
        <translation>驳回销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="41" />
        <source>disposal blocked</source>
        <translation>销毁受阻</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="42" />
        <source>disposal marked in the catalogue</source>
        <translation>目录登记销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="43" />
        <source>disposal executed</source>
        <translation>执行销毁</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="120" />
        <source>{n} records</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="127" />
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="137" />
        <source>Rule {code} changed.</source>
        <translation>规则 {code} 已修改。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="156" />
        <source>Hold {id} placed.</source>
        <translation>已冻结（编号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="171" />
        <source>{n} holds released.</source>
        <translation>已解除 {n} 项冻结。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="194" />
        <source>Disposal request {id} filed; another person must approve it.</source>
        <translation>销毁申请 {id} 已提交，须由另一人批准。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="201" />
        <source>Disposal request {id} approved.</source>
        <translation>销毁申请 {id} 已批准。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="207" />
        <source>Disposal request {id} rejected.</source>
        <translation>销毁申请 {id} 已驳回。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="213" />
        <source>Disposal request {id} executed: {n} objects removed.</source>
        <translation>销毁申请 {id} 已执行：删除 {n} 个文件。</translation>
    </message>
</context>
<context>
    <name>disposal</name>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="47" />
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="48" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="49" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="50" />
        <source>Execution unfinished</source>
        <translation>执行未完成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="51" />
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
      <source>give your opinion on the disposal (审批意见)</source>
      <translation>请填写对销毁的审批意见</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="73" />
        <source>its retention period has not ended</source>
        <translation>保管期限未满</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="74" />
        <source>it is kept permanently</source>
        <translation>须永久保管</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="75" />
        <source>its retention period has not started (the case has not ended, or the evidence is not linked to a case)</source>
        <translation>保管期限尚未起算（案件尚未办结，或证据尚未关联案件）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="78" />
        <source>it is under a legal hold</source>
        <translation>已被冻结</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="79" />
        <source>it is already named in an open disposal request</source>
        <translation>已列入另一份未结的销毁申请</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="80" />
        <location filename="../../../archive_core/retention/holds.py" line="91" />
        <source>it has already been disposed of</source>
        <translation>已被销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="159" />
        <source>a retention period is a whole number of months (or permanent)</source>
        <translation>保管期限须为整数个月（或永久）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="162" />
        <source>A/V records are kept at least six months (Art. 25)</source>
        <translation>音像记录至少保存六个月（第二十五条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="224" />
        <source>a retention rule needs a name</source>
        <translation>保管期限规则须有名称</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/holds.py" line="52" />
        <source>give the reason for the legal hold</source>
        <translation>请填写冻结理由</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/holds.py" line="72" />
        <source>name either a case or an A/V record to hold</source>
        <translation>请指定要冻结的案件或音像记录（二者选一）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/holds.py" line="107" />
        <source>this legal hold has already been released</source>
        <translation>该冻结已解除</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="54" />
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="55" />
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="56" />
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="57" />
        <source>being executed</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="58" />
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="61" />
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="62" />
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="63" />
        <source>execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="70" />
        <source>{item} cannot be disposed of: {why} (Art. 27).</source>
        <translation>{item} 不能销毁：{why}（第二十七条）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="71" />
        <source>Only records whose retention period has ended and that are under no legal hold can be disposed of; nothing was changed.</source>
        <translation>只有保管期限已满且未被冻结的记录才能销毁；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="77" />
        <source>User {user} requested disposal request {request} and may not decide on it: a second person must (Art. 27).</source>
        <translation>用户 {user} 提交了销毁申请 {request}，不得自行审批，须由另一人审批（第二十七条）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="79" />
        <source>Ask another supervisor to approve or reject it.</source>
        <translation>请另一位负责人批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="85" />
        <source>Disposal request {request} is {state}: you cannot {action} it now.</source>
        <translation>销毁申请 {request} 的状态为“{state}”，现在不能{action}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="180" />
        <source>give the reason for the disposal</source>
        <translation>请填写销毁理由</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="182" />
        <source>name at least one record to dispose of</source>
        <translation>请至少指定一条要销毁的记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/disposal.py" line="264" />
        <source>give the reason for the rejection</source>
        <translation>请填写驳回理由</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="166" />
        <source>there is no active legal hold on it</source>
        <translation>该记录没有有效的冻结</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/retention_cmd.py" line="168" />
        <source>name a hold id, --case or --media</source>
        <translation>请指定冻结编号、--case 或 --media</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="63" />
        <source>Running</source>
        <translation>保管中</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="64" />
        <source>Due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="65" />
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="66" />
        <source>Not started</source>
        <translation>未起算</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="67" />
        <source>On hold</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="68" />
        <source>Disposal requested</source>
        <translation>已申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/retention/schedule.py" line="69" />
        <source>Disposed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>retention schedule and what reaches its end (Art. 25, 27)</source>
        <translation>保管期限表及到期的档案（第二十五、二十七条）</translation>
    </message>
    <message>
        <source>legal holds: stop every retention clock of a case or an A/V record</source>
        <translation>冻结：停止案件或音像记录的全部保管期限计时</translation>
    </message>
    <message>
        <source>disposal at the end of retention, with a second person's approval</source>
        <translation>保管期满的销毁，须另一人审批</translation>
    </message>
    <message>
        <source>case files and A/V records whose retention ends before a date</source>
        <translation>保管期限在某日期前届满的案卷和音像记录</translation>
    </message>
    <message>
        <source>the retention schedule</source>
        <translation>保管期限表</translation>
    </message>
    <message>
        <source>change a rule (system administrator)</source>
        <translation>修改规则（系统管理员）</translation>
    </message>
    <message>
        <source>where one case file or A/V record stands</source>
        <translation>某份案卷或音像记录的保管状态</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: every record)</source>
        <translation>YYYY-MM-DD（默认：全部记录）</translation>
    </message>
    <message>
        <source>only records under a legal hold</source>
        <translation>只列被冻结的记录</translation>
    </message>
    <message>
        <source>months, or 'permanent'</source>
        <translation>月数，或 'permanent'（永久）</translation>
    </message>
    <message>
        <source>place a hold</source>
        <translation>设置冻结</translation>
    </message>
    <message>
        <source>release a hold (by hold id, or every hold on a case or A/V record)</source>
        <translation>解除冻结（按冻结编号，或解除某案件或音像记录的全部冻结）</translation>
    </message>
    <message>
        <source>holds (active ones unless --all)</source>
        <translation>冻结清单（除非 --all，只列有效的）</translation>
    </message>
    <message>
        <source>request disposal of due records</source>
        <translation>申请销毁到期记录</translation>
    </message>
    <message>
        <source>approve a request (not your own)</source>
        <translation>审批申请（不能审批自己的申请）</translation>
    </message>
    <message>
        <source>reject a request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>carry out an approved request (or finish an interrupted one)</source>
        <translation>执行已批准的申请（或完成中断的执行）</translation>
    </message>
    <message>
        <source>disposal requests</source>
        <translation>销毁申请</translation>
    </message>
    <message>
        <source>one request with its items and removed objects</source>
        <translation>查看一份申请及其条目和已删除对象</translation>
    </message>
    <message>
        <source>the approver's opinion (审批意见), kept with the request</source>
        <translation>审批意见，随申请保存</translation>
    </message>
</context>
</TS>