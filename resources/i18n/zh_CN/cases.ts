<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CaseDetailWidget</name>
    <message>
      <source>← Case list</source>
      <translation>← 案件列表</translation>
    </message>
    <message>
      <source>Register document…</source>
      <translation>登记文书…</translation>
    </message>
    <message>
      <source>Not applicable…</source>
      <translation>标记不适用…</translation>
    </message>
    <message>
      <source>Mark the selected checklist item not applicable, with the reason (Art. 8–11)</source>
      <translation>将选中的记录事项标记为不适用并说明理由（第八条至第十一条）</translation>
    </message>
    <message>
      <source>Evaluation report…</source>
      <translation>评查报告…</translation>
    </message>
    <message>
      <source>Case-file evaluation report as PDF (Art. 30)</source>
      <translation>生成案卷评查报告 PDF（第三十条）</translation>
    </message>
    <message>
      <source>Checklist (Art. {article})</source>
      <translation>记录事项（第{article}条）</translation>
    </message>
    <message>
      <source>Text records ({count})</source>
      <translation>文字记录（{count}）</translation>
    </message>
    <message>
      <source> · {count} missing</source>
      <translation> · 缺{count}项</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>执法类别</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>启动方式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>执法机关</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>立案日期</translation>
    </message>
    <message>
      <source>Action ended</source>
      <translation>执法终结日期</translation>
    </message>
    <message>
      <source>Archived (Art. 26)</source>
      <translation>归档日期（第二十六条）</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>Whole-process A/V (Art. 20)</source>
      <translation>全程音像记录（第二十条）</translation>
    </message>
    <message>
      <source>Entrusted by (Art. 32)</source>
      <translation>委托机关（第三十二条）</translation>
    </message>
    <message>
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <source>Findings: {count}</source>
      <translation>评查发现：{count} 项</translation>
    </message>
    <message>
      <source>Findings: none — the case file meets every rule</source>
      <translation>评查发现：无 — 案卷符合全部规则</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <source>Select a checklist item first.</source>
      <translation>请先选择一个记录事项。</translation>
    </message>
    <message>
      <source>Why does item {code} not apply to this case?</source>
      <translation>事项 {code} 为何不适用于本案？</translation>
    </message>
    <message>
      <source>Save evaluation report</source>
      <translation>保存评查报告</translation>
    </message>
    <message>
      <source>Evaluation report</source>
      <translation>评查报告</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
      <message>
      <source>Edit case…</source>
      <translation>编辑案件…</translation>
    </message>
    <message>
      <source>Stage, end of the action, title, source and the other facts</source>
      <translation>环节、执法终结日期、案件名称、来源等案件信息</translation>
    </message>
    <message>
      <source>Parties and officers…</source>
      <translation>当事人和执法人员…</translation>
    </message>
    <message>
      <source>{count} items to record</source>
      <translation>{count} 项待记录</translation>
    </message>
    <message>
      <source>Findings: none so far — {count} checklist items still to record</source>
      <translation>评查发现：暂无 — 尚有 {count} 项记录事项待记录</translation>
    </message>
    <message>
      <source>Still to record ({count})</source>
      <translation>尚待记录（{count} 项）</translation>
    </message>
    <message>
      <source>Link the record that documents each item, or mark it not applicable with a reason; an item becomes a finding once its stage is over.</source>
      <translation>逐项关联记载该事项的文书，或说明理由标记不适用；环节结束后仍未记录的事项列为评查发现。</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <source>New case</source>
      <translation>新建案件</translation>
    </message>
    <message>
      <source>One per line: name;person or organisation;ID number</source>
      <translation>每行一个：姓名或名称;person（个人）或 organisation（单位）;证件号码</translation>
    </message>
    <message>
      <source>One per line: name;enforcement certificate number</source>
      <translation>每行一个：姓名;执法证号</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>Enforcement type (Art. 2)</source>
      <translation>执法类别（第二条）</translation>
    </message>
    <message>
      <source>How it started (Art. 8)</source>
      <translation>启动方式（第八条）</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>立案日期</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>执法机关</translation>
    </message>
    <message>
      <source>Entrusting agency (Art. 32)</source>
      <translation>委托机关（第三十二条）</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>State secrets do not belong in this system (Art. 25).</source>
      <translation>涉及国家秘密的案件不得录入本系统（第二十五条）。</translation>
    </message>
    <message>
      <source>Whole-process A/V (Art. 20)</source>
      <translation>全程音像记录（第二十条）</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Officers (Art. 9)</source>
      <translation>执法人员（第九条）</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>当前环节</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>立案日期</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation>合规状态</translation>
    </message>
    <message>
      <source> ({count})</source>
      <translation>（{count}）</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Case files</source>
      <translation>案件档案</translation>
    </message>
    <message>
      <source>Search by any part of the case number, title, party or officer</source>
      <translation>输入案号、案件名称、当事人或执法人员的任一部分搜索</translation>
    </message>
    <message>
      <source>All fields</source>
      <translation>全部字段</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>全部环节</translation>
    </message>
    <message>
      <source>Any compliance</source>
      <translation>全部合规状态</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>新建案件…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Cases, parties, officers and documents from the case-handling system (JSON or CSV)</source>
      <translation>从办案系统导入案件、当事人、执法人员和文书（JSON 或 CSV）</translation>
    </message>
    <message>
      <source>Check all cases</source>
      <translation>全部合规检查</translation>
    </message>
    <message>
      <source>Evaluate every case against the regulation</source>
      <translation>按《办法》逐条检查全部案件</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>共 {count} 件案件</translation>
    </message>
    <message>
      <source>Import cases</source>
      <translation>导入案件</translation>
    </message>
    <message>
      <source>Case exports (*.json *.csv)</source>
      <translation>办案系统导出文件 (*.json *.csv)</translation>
    </message>
    <message>
      <source>{rows} rows: {cases} cases and {documents} documents created, {unchanged} unchanged, {errors} rejected.</source>
      <translation>共 {rows} 行：新建案件 {cases} 件、文书 {documents} 份，{unchanged} 行无变化，{errors} 行被拒绝。</translation>
    </message>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <source>{cases} cases checked: {ok} compliant, {error} non-compliant, {warning} with warnings</source>
      <translation>已检查 {cases} 件案件：合规 {ok} 件，不合规 {error} 件，有提醒 {warning} 件</translation>
    </message>
  </context>
  <context>
    <name>ChecklistModel</name>
    <message>
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>What must be recorded</source>
      <translation>应当记录的内容</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Records or reason</source>
      <translation>记录或理由</translation>
    </message>
    <message>
      <source> (if it happened)</source>
      <translation>（如有发生）</translation>
    </message>
    <message>
      <source>{count} A/V record(s)</source>
      <translation>音像记录 {count} 条</translation>
    </message>
  </context>
  <context>
    <name>CompareModel</name>
    <message>
      <source>v{version}</source>
      <translation>第{version}版</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Register document — {case_no}</source>
      <translation>登记文书 — {case_no}</translation>
    </message>
    <message>
      <source>No scan chosen</source>
      <translation>未选择扫描件</translation>
    </message>
    <message>
      <source>Choose scan…</source>
      <translation>选择扫描件…</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>文书类型</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>Scan (stored in the vault)</source>
      <translation>扫描件（存入证据库）</translation>
    </message>
    <message>
      <source>Issued to the party (Art. 14)</source>
      <translation>向当事人出具（第十四条）</translation>
    </message>
    <message>
      <source>Bears the agency seal</source>
      <translation>加盖行政执法机关印章</translation>
    </message>
    <message>
      <source>Party signature (Art. 15)</source>
      <translation>当事人签字（第十五条）</translation>
    </message>
    <message>
      <source>Signed by the party</source>
      <translation>当事人已签字确认</translation>
    </message>
    <message>
      <source>If the party refused: the note the officers made</source>
      <translation>当事人拒绝签字的，执法人员所作的注明</translation>
    </message>
    <message>
      <source>Certificate numbers of the officers who signed, separated by ;</source>
      <translation>签字执法人员的执法证号，以 ; 分隔</translation>
    </message>
    <message>
      <source>Refusal note</source>
      <translation>拒签注明</translation>
    </message>
    <message>
      <source>Officers signing the note (≥ 2)</source>
      <translation>签字执法人员（两名以上）</translation>
    </message>
    <message>
      <source>Approval opinions, each with its date (Art. 16)</source>
      <translation>审批意见及签字日期（第十六条）</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>承办人</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>signed on</source>
      <translation>签字日期</translation>
    </message>
    <message>
      <source>Hearing participants (Art. 17) — tick those who signed</source>
      <translation>听证参加人（第十七条）— 勾选已签字或盖章者</translation>
    </message>
    <message>
      <source>Service (Art. 18)</source>
      <translation>送达（第十八条）</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>送达方式</translation>
    </message>
    <message>
      <source>Server signed</source>
      <translation>送达人已签字</translation>
    </message>
    <message>
      <source>Recipient signed</source>
      <translation>受送达人已签字</translation>
    </message>
    <message>
      <source>Postal receipt or notice kept in the file</source>
      <translation>邮寄回执单或公告文书已归档</translation>
    </message>
    <message>
      <source>Witness signed</source>
      <translation>见证人已签字</translation>
    </message>
    <message>
      <source>Document served</source>
      <translation>送达文书名称</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>受送达人</translation>
    </message>
    <message>
      <source>Time of service</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>送达地点</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>送达人</translation>
    </message>
    <message>
      <source>Reason for entrusting</source>
      <translation>委托原因</translation>
    </message>
    <message>
      <source>Circumstances of the lien</source>
      <translation>留置情况说明</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>见证人</translation>
    </message>
    <message>
      <source>Fields marked ★ are required by the article named; a document whose original lacks them can still be registered and is then reported as a finding.</source>
      <translation>标 ★ 的为所注条款要求记载的内容；原件缺少这些内容的文书仍可登记，系统将作为评查问题列出。</translation>
    </message>
    <message>
      <source>Choose scan</source>
      <translation>选择扫描件</translation>
    </message>
    <message>
      <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
      <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
      <source>issue date</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <source>agency seal</source>
      <translation>机关印章</translation>
    </message>
    <message>
      <source>party signature or refusal note</source>
      <translation>当事人签字或拒签注明</translation>
    </message>
    <message>
      <source>participants' signatures</source>
      <translation>听证参加人签字</translation>
    </message>
    <message>
      <source>A date or time is not valid: {reason}</source>
      <translation>日期或时间无效：{reason}</translation>
    </message>
    <message>
      <source>Required facts missing</source>
      <translation>缺少应记载内容</translation>
    </message>
    <message>
      <source>Missing: {missing}.
Register the document as it is? It will be reported as a finding.</source>
      <translation>缺少：{missing}。
仍按原样登记该文书吗？系统将作为评查问题列出。</translation>
    </message>
    <message>
      <source>Correct document — {case_no}</source>
      <translation>更正文书 — {case_no}</translation>
    </message>
    <message>
      <source>Correction (Art. 27)</source>
      <translation>更正（第二十七条）</translation>
    </message>
    <message>
      <source>Version {version} stays in the file, marked as corrected; the corrected document becomes version {next}. Only the fields you change are recorded.</source>
      <translation>第{version}版保留在案卷中，标注为已被更正；更正后的文书为第{next}版。只记录您改动的栏目。</translation>
    </message>
    <message>
      <source>Why the document is corrected, e.g. checked against the original</source>
      <translation>为何更正，例如：与原件核对后发现差错</translation>
    </message>
    <message>
      <source>Reason ★</source>
      <translation>更正原因 ★</translation>
    </message>
    <message>
      <source>Current scan: {name}</source>
      <translation>现有扫描件：{name}</translation>
    </message>
    <message>
      <source>Nothing was changed: correct a field first, or cancel.</source>
      <translation>尚未改动任何内容：请先更正相应栏目，或取消。</translation>
    </message>
      <message>
      <source>Cross-page fingerprint or seal of the party (a record of several pages)</source>
      <translation>当事人骑缝手印或骑缝章（多页文书）</translation>
    </message>
    <message>
      <source>The record has alterations</source>
      <translation>文书有更改</translation>
    </message>
    <message>
      <source>The party's fingerprint or seal at each alteration</source>
      <translation>当事人已在每一更改处捺手印或盖章</translation>
    </message>
    <message>
      <source>The reasons for the handler's opinion</source>
      <translation>承办意见的理由</translation>
    </message>
    <message>
      <source>Handler's reasons</source>
      <translation>承办理由</translation>
    </message>
    <message>
      <source>Opinions, each with its date</source>
      <translation>意见及各自签字日期</translation>
    </message>
    <message>
      <source>cross-page fingerprint or seal</source>
      <translation>骑缝手印或骑缝章</translation>
    </message>
    <message>
      <source>fingerprint or seal at the alterations</source>
      <translation>更改处的手印或印章</translation>
    </message>
    <message>
      <source>an opinion, its reasons or its date</source>
      <translation>意见、理由或签字日期</translation>
    </message>
</context>
  <context>
    <name>RecordHistoryDialog</name>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source> (not signed)</source>
      <translation>（未签字）</translation>
    </message>
    <message>
      <source> (signed)</source>
      <translation>（已签字）</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <source>Agency seal</source>
      <translation>加盖印章</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>Scan</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <source>Signed by the party</source>
      <translation>当事人签字</translation>
    </message>
    <message>
      <source>Refusal note</source>
      <translation>拒签注明</translation>
    </message>
    <message>
      <source>Officers signing the refusal note</source>
      <translation>在拒签注明上签字的执法人员</translation>
    </message>
    <message>
      <source>Handler's opinion</source>
      <translation>承办人意见</translation>
    </message>
    <message>
      <source>Handler signed on</source>
      <translation>承办人签署日期</translation>
    </message>
    <message>
      <source>Reviewer's opinion</source>
      <translation>审核人意见</translation>
    </message>
    <message>
      <source>Reviewer signed on</source>
      <translation>审核人签署日期</translation>
    </message>
    <message>
      <source>Approver's opinion</source>
      <translation>批准人意见</translation>
    </message>
    <message>
      <source>Approver signed on</source>
      <translation>批准人签署日期</translation>
    </message>
    <message>
      <source>Hearing participants</source>
      <translation>听证参加人</translation>
    </message>
    <message>
      <source>Service method</source>
      <translation>送达方式</translation>
    </message>
    <message>
      <source>Document served</source>
      <translation>送达文书名称</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>受送达人</translation>
    </message>
    <message>
      <source>Time of service</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <source>Place of service</source>
      <translation>送达地点</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>送达人</translation>
    </message>
    <message>
      <source>Server signed</source>
      <translation>送达人签字</translation>
    </message>
    <message>
      <source>Recipient signed</source>
      <translation>受送达人签字</translation>
    </message>
    <message>
      <source>Reason for entrusting</source>
      <translation>委托原因</translation>
    </message>
    <message>
      <source>Postal receipt kept</source>
      <translation>邮寄回执单已归档</translation>
    </message>
    <message>
      <source>Circumstances of the lien</source>
      <translation>留置情况说明</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>见证人</translation>
    </message>
    <message>
      <source>Witness signed</source>
      <translation>见证人签字</translation>
    </message>
    <message>
      <source>Version history — {document}</source>
      <translation>版本记录 — {document}</translation>
    </message>
    <message>
      <source>A correction never overwrites a document: each version stays in the file with who made it, when and why (Art. 27). Highlighted facts are those a version changed.</source>
      <translation>更正不会覆盖原文书：每个版本都保留在案卷中，并记明由谁、何时、为何登记或更正（第二十七条）。高亮显示的是该版本改动的内容。</translation>
    </message>
      <message>
      <source>Cross-page fingerprint or seal</source>
      <translation>骑缝手印或骑缝章</translation>
    </message>
    <message>
      <source>Has alterations</source>
      <translation>有更改</translation>
    </message>
    <message>
      <source>Fingerprint or seal at the alterations</source>
      <translation>更改处捺手印或盖章</translation>
    </message>
    <message>
      <source>Handler's reasons</source>
      <translation>承办理由</translation>
    </message>
</context>
  <context>
    <name>RecordsModel</name>
    <message>
      <source>Document</source>
      <translation>文书</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>印章</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>签字/送达</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>已盖章</translation>
    </message>
    <message>
      <source>v{version}</source>
      <translation>第{version}版</translation>
    </message>
    <message>
      <source> (superseded)</source>
      <translation>（旧版，已被更正）</translation>
    </message>
    <message>
      <source>Correction: {reason}</source>
      <translation>更正原因：{reason}</translation>
    </message>
    <message>
      <source>Scan: {name}</source>
      <translation>扫描件：{name}</translation>
    </message>
    <message>
      <source>{signed} of {total} participants signed</source>
      <translation>{total} 名参加人中 {signed} 人签字</translation>
    </message>
    <message>
      <source>Party signed</source>
      <translation>当事人已签字</translation>
    </message>
    <message>
      <source>Refused; {count} officer(s) signed</source>
      <translation>拒签，{count} 名执法人员签字</translation>
    </message>
    <message>
      <source> (corrected)</source>
      <translation>（更正版）</translation>
    </message>
      <message>
      <source>{count} of {total} opinions dated</source>
      <translation>{total} 项意见中 {count} 项载明日期</translation>
    </message>
</context>
  <context>
    <name>StageTab</name>
    <message>
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>版本记录…</translation>
    </message>
    <message>
      <source>Every version of the selected document: who, when, why and what changed</source>
      <translation>选中文书的全部版本：由谁、何时、为何更正，改动了什么</translation>
    </message>
    <message>
      <source>This version was corrected already: correct the current version</source>
      <translation>该版本已被更正，请更正现行版本</translation>
    </message>
    <message>
      <source>Correct the selected document: a new version with the reason; the current one stays in the file (Art. 27)</source>
      <translation>更正选中的文书：生成载明更正原因的新版本，原版本保留在案卷中（第二十七条）</translation>
    </message>
      <message>
      <source>Link record…</source>
      <translation>关联文书…</translation>
    </message>
    <message>
      <source>Record the selected item with a document of the case (Art. 8–11)</source>
      <translation>以本案文书记录选中的事项（第八条至第十一条）</translation>
    </message>
    <message>
      <source>Unlink…</source>
      <translation>取消关联…</translation>
    </message>
    <message>
      <source>Not applicable…</source>
      <translation>标记不适用…</translation>
    </message>
    <message>
      <source>Mark the selected checklist item not applicable, with the reason (Art. 8–11)</source>
      <translation>将选中的记录事项标记为不适用并说明理由（第八条至第十一条）</translation>
    </message>
    <message>
      <source>Undo not applicable</source>
      <translation>撤销不适用</translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Recorded at</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Reason for the correction</source>
      <translation>更正原因</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>改动内容</translation>
    </message>
    <message>
      <source>v{version}</source>
      <translation>第{version}版</translation>
    </message>
    <message>
      <source> (current)</source>
      <translation>（现行）</translation>
    </message>
    <message>
      <source> (corrected)</source>
      <translation>（已被更正）</translation>
    </message>
    <message>
      <source>— first registration</source>
      <translation>— 首次登记</translation>
    </message>
  </context>
  <context>
    <name>case_report</name>
    <message>
      <source>Non-compliant: {errors} problem(s) and {warnings} warning(s) to rectify.</source>
      <translation>不合格：发现问题 {errors} 项、提醒 {warnings} 项，应当整改。</translation>
    </message>
    <message>
      <source>Basically compliant: {warnings} warning(s) to note.</source>
      <translation>基本合格：有提醒事项 {warnings} 项。</translation>
    </message>
    <message>
      <source>Compliant: no problem found against the regulation.</source>
      <translation>合格：未发现不符合《办法》规定的问题。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Case-file evaluation report</source>
      <translation>行政执法案卷评查报告</translation>
    </message>
    <message>
      <source>Hebei measures on whole-process recording of administrative enforcement, Art. 30</source>
      <translation>依据《河北省行政执法全过程记录办法》第三十条</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Case title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>Enforcement type</source>
      <translation>执法类别</translation>
    </message>
    <message>
      <source>How it started</source>
      <translation>启动方式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>执法机关</translation>
    </message>
    <message>
      <source>Entrusting agency (Art. 32)</source>
      <translation>委托机关（第三十二条）</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>立案日期</translation>
    </message>
    <message>
      <source>Action ended</source>
      <translation>执法终结日期</translation>
    </message>
    <message>
      <source>Archived (Art. 26)</source>
      <translation>归档日期（第二十六条）</translation>
    </message>
    <message>
      <source>Current stage</source>
      <translation>当前环节</translation>
    </message>
    <message>
      <source>Whole-process A/V mandatory (Art. 20)</source>
      <translation>应全程音像记录（第二十条）</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Parties and officers</source>
      <translation>当事人及执法人员</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名/名称</translation>
    </message>
    <message>
      <source>ID or certificate number</source>
      <translation>证件号码/执法证号</translation>
    </message>
    <message>
      <source>Unit or address</source>
      <translation>单位/住所</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>评查结论</translation>
    </message>
    <message>
      <source>Findings by article</source>
      <translation>评查发现（按条款）</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>整改建议</translation>
    </message>
    <message>
      <source>No findings.</source>
      <translation>未发现问题。</translation>
    </message>
    <message>
      <source>Stage checklists (Art. 8–11)</source>
      <translation>各环节记录事项（第八条至第十一条）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必记</translation>
    </message>
    <message>
      <source>Records or reason</source>
      <translation>记录或理由</translation>
    </message>
    <message>
      <source>{n} A/V record(s)</source>
      <translation>音像记录 {n} 条</translation>
    </message>
    <message>
      <source>Document register (Art. 12–18, 27)</source>
      <translation>文书登记（第十二条至第十八条、第二十七条）</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文书</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>盖章</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Correction reason</source>
      <translation>更正原因</translation>
    </message>
    <message>
      <source>(superseded)</source>
      <translation>（已更正）</translation>
    </message>
    <message>
      <source>Evaluator: ____________    Date: ____________</source>
      <translation>评查人：____________    评查日期：____________</translation>
    </message>
    <message>
      <source>Audit trail at the time of the report: event {seq}, hash {hash}</source>
      <translation>报告生成时审计链：第 {seq} 号事件，哈希 {hash}</translation>
    </message>
    <message>
      <source>Workstation {name} · evaluated by {user}</source>
      <translation>工作站 {name} · 评查人 {user}</translation>
    </message>
  </context>
  <context>
    <name>cases</name>
    <message>
      <source>Administrative penalty</source>
      <translation>行政处罚</translation>
    </message>
    <message>
      <source>Administrative licensing</source>
      <translation>行政许可</translation>
    </message>
    <message>
      <source>Coercive measure</source>
      <translation>行政强制</translation>
    </message>
    <message>
      <source>Administrative inspection</source>
      <translation>行政检查</translation>
    </message>
    <message>
      <source>Levy and expropriation</source>
      <translation>行政征收征用</translation>
    </message>
    <message>
      <source>Ex officio</source>
      <translation>依职权</translation>
    </message>
    <message>
      <source>On application</source>
      <translation>依申请</translation>
    </message>
    <message>
      <source>Initiation</source>
      <translation>程序启动</translation>
    </message>
    <message>
      <source>Investigation and evidence</source>
      <translation>调查取证</translation>
    </message>
    <message>
      <source>Review and decision</source>
      <translation>审查决定</translation>
    </message>
    <message>
      <source>Service and execution</source>
      <translation>送达执行</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Ended, to be archived</source>
      <translation>已终结待归档</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>内部</translation>
    </message>
    <message>
      <source>Personal privacy</source>
      <translation>个人隐私</translation>
    </message>
    <message>
      <source>Commercial secret</source>
      <translation>商业秘密</translation>
    </message>
    <message>
      <source>Personal freedom</source>
      <translation>人身自由</translation>
    </message>
    <message>
      <source>Life and health</source>
      <translation>生命健康</translation>
    </message>
    <message>
      <source>Major property rights</source>
      <translation>重大财产权益</translation>
    </message>
    <message>
      <source>Case-handling venue</source>
      <translation>执法办案场所</translation>
    </message>
    <message>
      <source>Not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <source>Compliant</source>
      <translation>合规</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>有提醒</translation>
    </message>
    <message>
      <source>Non-compliant</source>
      <translation>不合规</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>已记录</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>Direct service</source>
      <translation>直接送达</translation>
    </message>
    <message>
      <source>Entrusted service</source>
      <translation>委托送达</translation>
    </message>
    <message>
      <source>Postal service</source>
      <translation>邮寄送达</translation>
    </message>
    <message>
      <source>Service by public notice</source>
      <translation>公告送达</translation>
    </message>
    <message>
      <source>Lien service</source>
      <translation>留置送达</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>个人</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
  </context>
  <context>
    <name>compliance</name>
    <message>
      <source>Non-compliant</source>
      <translation>不符合</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>Art. {article}({item})</source>
      <translation>第{article_zh}条第（{item_zh}）项</translation>
    </message>
    <message>
      <source>Art. {article}</source>
      <translation>第{article_zh}条</translation>
    </message>
    <message>
      <source>Every required checklist item of a completed stage is recorded or marked not applicable</source>
      <translation>已完成环节的必记事项均已记录或注明不适用</translation>
    </message>
    <message>
      <source>Stage "{stage_name}": item {code} "{item_name}" is neither recorded nor marked not applicable.</source>
      <translation>“{stage_name_zh}”环节：事项 {code}“{item_name_zh}”既无记录，也未注明不适用。</translation>
    </message>
    <message>
      <source>Link the record that documents it, or mark it not applicable with a reason.</source>
      <translation>关联记载该事项的记录，或注明不适用及理由。</translation>
    </message>
    <message>
      <source>At least two officers with enforcement certificates are recorded on the case</source>
      <translation>案件记载两名以上持证执法人员</translation>
    </message>
    <message>
      <source>Only {count} officer(s) with an enforcement certificate are recorded on the case.</source>
      <translation>案件仅记载 {count} 名持证执法人员。</translation>
    </message>
    <message>
      <source>Add the officers who acted, with their certificate numbers (two or more).</source>
      <translation>补充实施执法的人员及其执法证号（两名以上）。</translation>
    </message>
    <message>
      <source>Documents issued to the party carry the agency seal and the issue date</source>
      <translation>向当事人出具的执法文书加盖印章并载明签发日期</translation>
    </message>
    <message>
      <source>Issued document {doc} ({type_name}) lacks: {missing}.</source>
      <translation>向当事人出具的文书 {doc_zh}（{type_name_zh}）缺少：{missing_zh}。</translation>
    </message>
    <message>
      <source>Check the original; record the seal and issue date, or correct the document.</source>
      <translation>核对原件，补记印章和签发日期，或更正文书。</translation>
    </message>
    <message>
      <source>Investigation records are signed by the party, or the refusal is noted</source>
      <translation>调查取证文书由当事人签字确认或注明拒签</translation>
    </message>
    <message>
      <source>{doc} ({type_name}) is not signed by the party and no refusal is noted.</source>
      <translation>{doc_zh}（{type_name_zh}）无当事人签字，也未注明拒签情况。</translation>
    </message>
    <message>
      <source>Have the party sign, or note the refusal and have two or more officers sign it.</source>
      <translation>由当事人签字确认；当事人拒绝的，注明情况并由两名以上执法人员签字。</translation>
    </message>
    <message>
      <source>A party's refusal to sign is signed by two or more officers</source>
      <translation>当事人拒签的注明由两名以上执法人员签字</translation>
    </message>
    <message>
      <source>{doc} ({type_name}) notes the party's refusal to sign, but only {count} officer(s) signed the note.</source>
      <translation>{doc_zh}（{type_name_zh}）注明当事人拒绝签字，但仅有 {count} 名执法人员签字。</translation>
    </message>
    <message>
      <source>Two or more officers must sign the refusal note; record their signatures.</source>
      <translation>拒签注明须由两名以上执法人员签字，请补记签字。</translation>
    </message>
    <message>
      <source>A multi-page investigation record bears the party's cross-page fingerprint or seal</source>
      <translation>多页的调查取证文书有当事人的骑缝手印或骑缝章</translation>
    </message>
    <message>
      <source>{doc} ({type_name}) has {pages} pages but no cross-page fingerprint or seal of the party.</source>
      <translation>{doc_zh}（{type_name_zh}）共 {pages} 页，但没有当事人的骑缝手印或骑缝章。</translation>
    </message>
    <message>
      <source>Check the original; record the cross-page fingerprint or seal, or have the party add it.</source>
      <translation>请核对原件：记录骑缝手印或骑缝章，或请当事人补捺骑缝手印、补盖骑缝章。</translation>
    </message>
    <message>
      <source>Alterations in an investigation record bear the party's fingerprint or seal</source>
      <translation>调查取证文书的更改处有当事人捺手印或盖章</translation>
    </message>
    <message>
      <source>{doc} ({type_name}) is altered, but the alterations bear no fingerprint or seal of the party.</source>
      <translation>{doc_zh}（{type_name_zh}）有更改，但更改处没有当事人捺手印或盖章。</translation>
    </message>
    <message>
      <source>Have the party put a fingerprint or seal at each alteration, and record it.</source>
      <translation>请当事人在每一更改处捺手印或盖章，并予以记录。</translation>
    </message>
    <message>
      <source>Internal approval forms carry the handler's opinion and reasons, the reviewer's and the approver's opinions, each with its signing date</source>
      <translation>内部审批文书载明承办意见和理由、审核意见、批准意见，并分别载明签字日期</translation>
    </message>
    <message>
      <source>Approval form {doc} ({type_name}) lacks: {missing}.</source>
      <translation>内部审批文书 {doc_zh}（{type_name_zh}）缺少：{missing_zh}。</translation>
    </message>
    <message>
      <source>Other internal documents (reports, review opinions) carry the opinions they are made for, each with its signing date</source>
      <translation>其他内部文书（报告、审核意见书等）载明其应有的意见，并分别载明签字日期</translation>
    </message>
    <message>
      <source>{doc} ({type_name}) lacks: {missing}.</source>
      <translation>{doc_zh}（{type_name_zh}）缺少：{missing_zh}。</translation>
    </message>
    <message>
      <source>Record the opinion and the date it was signed, as on the original.</source>
      <translation>请按原件记录意见及其签字日期。</translation>
    </message>
    <message>
      <source>Record each opinion and the date it was signed, as on the original.</source>
      <translation>按原件补记各项意见及签字日期。</translation>
    </message>
    <message>
      <source>Hearing records are signed or sealed by the hearing participants</source>
      <translation>听证笔录由听证参加人签字或盖章</translation>
    </message>
    <message>
      <source>Hearing record {doc} names no participants who signed it.</source>
      <translation>听证笔录 {doc_zh} 未记载签字的听证参加人。</translation>
    </message>
    <message>
      <source>Record the hearing participants and their signatures or seals.</source>
      <translation>补记听证参加人及其签字或盖章情况。</translation>
    </message>
    <message>
      <source>Hearing record {doc}: not signed by {names}.</source>
      <translation>听证笔录 {doc_zh}：{names} 未签字。</translation>
    </message>
    <message>
      <source>Participants review the record and sign or seal it.</source>
      <translation>由听证参加人审核无误后签字或盖章。</translation>
    </message>
    <message>
      <source>Service records state what the method of service requires</source>
      <translation>送达文书载明送达方式所要求的事项</translation>
    </message>
    <message>
      <source>Service record {doc} does not state the method of service.</source>
      <translation>送达文书 {doc_zh} 未载明送达方式。</translation>
    </message>
    <message>
      <source>Record the method and the facts it requires.</source>
      <translation>载明送达方式及其要求记载的事项。</translation>
    </message>
    <message>
      <source>Service record {doc} ({method}) lacks: {missing}.</source>
      <translation>送达文书 {doc_zh}（{method_zh}）缺少：{missing_zh}。</translation>
    </message>
    <message>
      <source>Complete the service record from the return receipt, or correct it.</source>
      <translation>根据送达回证补全送达记录，或予以更正。</translation>
    </message>
    <message>
      <source>Cases with mandatory whole-process A/V have A/V records of their on-site stage</source>
      <translation>应全程音像记录的案件在现场执法环节有音像记录</translation>
    </message>
    <message>
      <source>Whole-process A/V is mandatory for this case, but stage "{stage_name}" has no A/V record.</source>
      <translation>本案应当全程音像记录，但“{stage_name_zh}”环节没有音像记录。</translation>
    </message>
    <message>
      <source>Ingest and link the A/V recordings of the on-site actions, or explain why none exist (Art. 23).</source>
      <translation>导入并关联现场执法的音像记录；确无记录的，应书面说明原因（第二十三条）。</translation>
    </message>
    <message>
      <source>The case file is archived within 30 days after the enforcement action ended</source>
      <translation>执法行为终结之日起三十日内立卷归档</translation>
    </message>
    <message>
      <source>Archived {days} days after the action ended on {ended} (limit: 30 days).</source>
      <translation>执法行为于 {ended} 终结，{days} 日后才归档（时限三十日）。</translation>
    </message>
    <message>
      <source>Record the reason for the late filing in the case file.</source>
      <translation>在案卷中说明逾期归档的原因。</translation>
    </message>
    <message>
      <source>Not archived: {days} days since the action ended on {ended} (limit: 30 days).</source>
      <translation>尚未归档：执法行为于 {ended} 终结，已过 {days} 日（时限三十日）。</translation>
    </message>
    <message>
      <source>File the case into an archive volume now.</source>
      <translation>立即立卷归档。</translation>
    </message>
    <message>
      <source>Archiving is due within {left} days (action ended on {ended}).</source>
      <translation>归档期限将在 {left} 日内届满（执法行为于 {ended} 终结）。</translation>
    </message>
    <message>
      <source>File the case into an archive volume before the deadline.</source>
      <translation>请在期限届满前立卷归档。</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Record {record} was already corrected: version {version}, by {by}, is the current one. Your correction was not saved.</source>
      <translation>记录 {record} 已被更正：当前版本为第 {version} 版（{by} 更正）。您的更正未保存。</translation>
    </message>
    <message>
      <source>Reload the case, check the current version, and correct that one if it is still needed.</source>
      <translation>请重新载入案件，核对当前版本；如仍需更正，请更正当前版本。</translation>
    </message>
    <message>
      <source>Case {case_no} was changed by someone else while you were editing it ({fields}). Your changes were not saved.</source>
      <translation>案件 {case_no} 在您编辑期间已被他人修改（{fields}）。您的修改未保存。</translation>
    </message>
    <message>
      <source>Reload the case, check its current values, then make your change again if it is still needed.</source>
      <translation>请重新载入案件，核对当前内容；如仍需修改，请重新修改。</translation>
    </message>
    <message>
      <source>A/V recording required</source>
      <translation>须音像记录</translation>
    </message>
    <message>
      <source>reasons for A/V recording</source>
      <translation>音像记录事由</translation>
    </message>
    <message>
      <source>current stage</source>
      <translation>当前环节</translation>
    </message>
    <message>
      <source>date the action ended</source>
      <translation>执法行为结束日期</translation>
    </message>
    <message>
      <source>say why the item does not apply to this case, in a few words (无, -, n/a are not reasons)</source>
      <translation>请用几句话说明该事项为何不适用于本案（“无”“-”“n/a”不是理由）</translation>
    </message>
    <message>
      <source>Item {item} must be recorded in every case of its stage and cannot be marked not applicable (Art. 8–11); register the record that shows it.</source>
      <translation>事项 {item} 是本环节每个案件都必须记录的，不能标为不适用（第八至十一条）；请登记能证明该事项的记录。</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>case title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>case source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>entrusting agency</source>
      <translation>委托机关</translation>
    </message>
    <message>
      <source>handling agency</source>
      <translation>办案机关</translation>
    </message>
    <message>
      <source>case summary</source>
      <translation>案情摘要</translation>
    </message>
    <message>
      <source>party name</source>
      <translation>当事人名称</translation>
    </message>
    <message>
      <source>party ID number</source>
      <translation>当事人证件号码</translation>
    </message>
    <message>
      <source>party address</source>
      <translation>当事人地址</translation>
    </message>
    <message>
      <source>party phone</source>
      <translation>当事人电话</translation>
    </message>
    <message>
      <source>officer name</source>
      <translation>执法人员姓名</translation>
    </message>
    <message>
      <source>enforcement certificate number</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <source>officer unit</source>
      <translation>执法人员所在单位</translation>
    </message>
    <message>
      <source>{key}: not a yes/no value: {value}</source>
      <translation>{key}：不是“是/否”值：{value}</translation>
    </message>
    <message>
      <source>{key}: not a date (YYYY-MM-DD): {value}</source>
      <translation>{key}：不是日期（格式 YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
      <source>{key}: not a date and time (ISO 8601): {value}</source>
      <translation>{key}：不是日期时间（ISO 8601 格式）：{value}</translation>
    </message>
    <message>
      <source>{key}: give the time zone, e.g. {value}+08:00</source>
      <translation>{key}：请写明时区，例如 {value}+08:00</translation>
    </message>
    <message>
      <source>opened_on is required</source>
      <translation>缺少 opened_on（立案日期）</translation>
    </message>
    <message>
      <source>the file {path} lies outside the import file's folder; put the scans beside the import file or below it</source>
      <translation>文件 {path} 不在导入文件所在的文件夹内；请把扫描件放在导入文件旁边或其下级文件夹中</translation>
    </message>
    <message>
      <source>file not found: {path}</source>
      <translation>找不到文件：{path}</translation>
    </message>
    <message>
      <source>pages: not a number: {value}</source>
      <translation>pages（页数）不是数字：{value}</translation>
    </message>
    <message>
      <source>case {case_no} exists with a different title, type or opening date; not changed</source>
      <translation>案件 {case_no} 已存在，但案件名称、类型或立案日期不同；未作修改</translation>
    </message>
    <message>
      <source>an officer needs a name and a certificate number (Art. 9)</source>
      <translation>执法人员须填写姓名和执法证号（第九条）</translation>
    </message>
    <message>
      <source>doc_type is required</source>
      <translation>缺少 doc_type（文书类型）</translation>
    </message>
    <message>
      <source>a row must be an object</source>
      <translation>每一行必须是一个对象</translation>
    </message>
    <message>
      <source>Invalid input: unknown stage {stage}.</source>
      <translation>输入无效：未知的执法环节 {stage}。</translation>
    </message>
    <message>
      <source>Invalid input: the service method must be one of {allowed}.</source>
      <translation>输入无效：送达方式必须是以下之一：{allowed}。</translation>
    </message>
    <message>
      <source>{key} is not an officer of this case; add the officer to the case first.</source>
      <translation>{key} 不是本案执法人员；请先将其加入本案。</translation>
    </message>
    <message>
      <source>State secrets do not belong in this system (Art. 25): {what} was not stored.</source>
      <translation>涉及国家秘密的材料不得录入本系统（第二十五条）：{what} 未保存。</translation>
    </message>
    <message>
      <source>Hand classified material to the agency's secrecy office and keep it in the approved classified system.</source>
      <translation>请将涉密材料交本机关保密部门，在经批准的涉密系统中管理。</translation>
    </message>
    <message>
      <source>Case number {case_no} exists already.</source>
      <translation>案号 {case_no} 已存在。</translation>
    </message>
    <message>
      <source>Open the existing case, or check the number.</source>
      <translation>请打开已有案件，或核对案号。</translation>
    </message>
    <message>
      <source>a case number has 1–64 characters</source>
      <translation>案号应为 1 至 64 个字符</translation>
    </message>
    <message>
      <source>a case needs a title</source>
      <translation>案件名称不能为空</translation>
    </message>
    <message>
      <source>the action cannot end before the case opened</source>
      <translation>执法终结日期不能早于立案日期</translation>
    </message>
    <message>
      <source>an officer needs a name and an enforcement certificate number (Art. 9)</source>
      <translation>执法人员须有姓名和执法证号（第九条）</translation>
    </message>
    <message>
      <source>a party needs a name</source>
      <translation>当事人须有姓名或名称</translation>
    </message>
    <message>
      <source>the enforcement action has not ended yet; record its end date before filing (Art. 26)</source>
      <translation>执法行为尚未终结，请先登记终结日期再归档（第二十六条）</translation>
    </message>
    <message>
      <source>a case cannot be filed before its action ended</source>
      <translation>归档日期不能早于执法终结日期</translation>
    </message>
    <message>
      <source>a checklist item needs a name</source>
      <translation>记录事项须有名称</translation>
    </message>
    <message>
      <source>a document has at least one page</source>
      <translation>文书至少一页</translation>
    </message>
    <message>
      <source>the time of service needs a time zone</source>
      <translation>送达时间须注明时区</translation>
    </message>
    <message>
      <source>only service documents carry service facts (Art. 18)</source>
      <translation>只有送达文书才记载送达事项（第十八条）</translation>
    </message>
    <message>
      <source>a hearing participant needs a name</source>
      <translation>听证参加人须有姓名</translation>
    </message>
    <message>
      <source>a correction needs a reason (Art. 27)</source>
      <translation>更正须说明理由（第二十七条）</translation>
    </message>
    <message>
      <source>link the current version of a record</source>
      <translation>请关联记录的当前版本</translation>
    </message>
    <message>
      <source>A/V record {media_record} is not an A/V record of case {case_no}.</source>
      <translation>音像记录 {media_record} 不是案件 {case_no} 的音像记录。</translation>
    </message>
    <message>
      <source>Link the A/V record to the case first.</source>
      <translation>请先将该音像记录关联到本案。</translation>
    </message>
    <message>
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <source>the CSV header matches no import table (cases, parties, officers, documents)</source>
      <translation>CSV 表头不属于任何导入表（案件、当事人、执法人员、文书）</translation>
    </message>
    <message>
      <source>Invalid input: these fields cannot be corrected: {fields}.</source>
      <translation>输入无效：以下字段不能更正：{fields}。</translation>
    </message>
    <message>
      <source>Invalid input: {field} is yes or no, not {value}.</source>
      <translation>输入无效：{field} 只能填 yes 或 no，而不是 {value}。</translation>
    </message>
    <message>
      <source>Invalid input: {field} is a whole number, not {value}.</source>
      <translation>输入无效：{field} 应为整数，而不是 {value}。</translation>
    </message>
    <message>
      <source>Invalid input: --set takes FIELD=VALUE, not {value}.</source>
      <translation>输入无效：--set 的格式为 字段=值，而不是 {value}。</translation>
    </message>
    <message>
      <source>Invalid input: nothing to correct; give --set FIELD=VALUE or --file.</source>
      <translation>输入无效：没有要更正的内容；请用 --set 字段=值 或 --file 指定。</translation>
    </message>
      <message>
      <source>party of this case</source>
      <translation>本案当事人</translation>
    </message>
    <message>
      <source>officer of this case</source>
      <translation>本案执法人员</translation>
    </message>
      <message>
        <source>A/V reason</source>
        <translation>音像记录理由</translation>
    </message>
    <message>
        <source>date the case opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>enforcement type</source>
        <translation>执法类别</translation>
    </message>
    <message>
        <source>initiation</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>party kind</source>
        <translation>当事人类别</translation>
    </message>
    <message>
        <source>Invalid input: enforcement certificate {cert} belongs to {holder}, not to {name}.</source>
        <translation>输入无效：执法证 {cert} 属于{holder}，不属于{name}。</translation>
    </message>
    <message>
        <source>Invalid input: these fields cannot be changed here: {fields}.</source>
        <translation>输入无效：以下字段不能在此修改：{fields}。</translation>
    </message>
    <message>
        <source>search field</source>
        <translation>查询字段</translation>
    </message>
    <message>
        <source>compliance state</source>
        <translation>合规状态</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invalid input: these fields do not exist: {fields}.</source>
        <translation>输入无效：以下字段不存在：{fields}。</translation>
    </message>
    <message>
        <source>time of service</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>文书日期</translation>
    </message>
    <message>
        <source>date the handler signed</source>
        <translation>承办人签署日期</translation>
    </message>
    <message>
        <source>date the reviewer signed</source>
        <translation>审核人签署日期</translation>
    </message>
    <message>
        <source>date the approver signed</source>
        <translation>审批人签署日期</translation>
    </message>
    <message>
        <source>link either a text record or an A/V record</source>
        <translation>请关联一份文字记录或一条音像记录</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>没有要修改的内容</translation>
    </message>
    <message>
        <source>name a case number, or use --all</source>
        <translation>请给出案号，或使用 --all</translation>
    </message>
    <message>
        <source>Invalid input: the {field} ({signed}) lies before the {before} ({earlier}); each approves the opinion before it (Art. 16).</source>
        <translation>输入无效：{field}（{signed}）早于{before}（{earlier}）；审批须在前一意见之后签署（第十六条）。</translation>
    </message>
    <message>
        <source>Correct the signing dates; nothing was saved.</source>
        <translation>请更正签署日期；未保存任何内容。</translation>
    </message>
</context>
  <context>
    <name>cli</name>
    <message>
      <source>Archived</source>
      <translation>归档日期</translation>
    </message>
    <message>
      <source>Demo data: {cases} cases with {records} documents added; {skipped} already present.</source>
      <translation>演示数据：新增案件 {cases} 件、文书 {records} 份；{skipped} 件已存在。</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>完成。</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>终结日期</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>评查发现</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>立案日期</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Registered case {case_no}.</source>
      <translation>已登记案件 {case_no}。</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>执法类别</translation>
    </message>
    <message>
      <source>Updated case {case_no}.</source>
      <translation>已更新案件 {case_no}。</translation>
    </message>
    <message>
      <source>Wrote the evaluation report to {file}.</source>
      <translation>评查报告已写入 {file}。</translation>
    </message>
    <message>
      <source>line {line} ({key}): {reason}</source>
      <translation>第 {line} 行（{key}）：{reason}</translation>
    </message>
    <message>
      <source>superseded</source>
      <translation>已更正</translation>
    </message>
    <message>
      <source>{cases} cases evaluated in {seconds:.1f} s: {ok} compliant, {warning} with warnings, {error} non-compliant; {findings} findings.</source>
      <translation>用时 {seconds:.1f} 秒检查 {cases} 件案件：合规 {ok} 件，有提醒 {warning} 件，不合规 {error} 件；共 {findings} 项发现。</translation>
    </message>
    <message>
      <source>{rows} rows: {cases} cases, {parties} parties, {officers} officers, {documents} documents created; {unchanged} unchanged; {errors} rejected.</source>
      <translation>共 {rows} 行：新建案件 {cases} 件、当事人 {parties} 个、执法人员 {officers} 名、文书 {documents} 份；{unchanged} 行无变化；{errors} 行被拒绝。</translation>
    </message>
    <message>
      <source>{shown} of {total} cases</source>
      <translation>显示 {shown} 件，共 {total} 件</translation>
    </message>
    <message>
      <source>Record {old} corrected: version {version} is record {id}.</source>
      <translation>记录 {old} 已更正：第 {version} 版为记录 {id}。</translation>
    </message>
    <message>
      <source>v{version}  record {id}  {at:%Y-%m-%d %H:%M}  {by}{current}</source>
      <translation>第{version}版  记录 {id}  {at:%Y-%m-%d %H:%M}  {by}{current}</translation>
    </message>
    <message>
      <source>  (current)</source>
      <translation>  （现行版本）</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>更正理由：{reason}</translation>
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation>更正内容：{fields}</translation>
    </message>
  </context>
  <context>
    <name>CaseEditDialog</name>
    <message>
      <source>Edit case — {case_no}</source>
      <translation>编辑案件 — {case_no}</translation>
    </message>
    <message>
      <source>The enforcement action has ended, on</source>
      <translation>执法已终结，终结日期</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必须</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>案件名称</translation>
    </message>
    <message>
      <source>Current stage</source>
      <translation>当前环节</translation>
    </message>
    <message>
      <source>End of the action (Art. 26)</source>
      <translation>执法终结（第二十六条）</translation>
    </message>
    <message>
      <source>Filing is due within 30 days of the end of the action (Art. 26).</source>
      <translation>自执法终结之日起30日内归档（第二十六条）。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>执法机关</translation>
    </message>
    <message>
      <source>Entrusting agency (Art. 32)</source>
      <translation>委托机关（第三十二条）</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>Whole-process A/V (Art. 20)</source>
      <translation>全程音像记录（第二十条）</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>案情摘要</translation>
    </message>
    <message>
      <source>Nothing was changed: change a field first, or cancel.</source>
      <translation>未作任何修改：请先修改内容，或取消。</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <source>Parties and officers — {case_no}</source>
      <translation>当事人和执法人员 — {case_no}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名或名称</translation>
    </message>
    <message>
      <source>ID or credit code (optional)</source>
      <translation>身份证号或统一社会信用代码（选填）</translation>
    </message>
    <message>
      <source>Add party</source>
      <translation>添加当事人</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>移除选中项</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Enforcement certificate number</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <source>Add officer</source>
      <translation>添加执法人员</translation>
    </message>
    <message>
      <source>Officers (Art. 9)</source>
      <translation>执法人员（第九条）</translation>
    </message>
    <message>
      <source>People taken off stay on record for their other cases. At least two officers handle a case (Art. 9).</source>
      <translation>移除的人员在其他案件中的记录不受影响。每个案件至少由两名执法人员办理（第九条）。</translation>
    </message>
    <message>
      <source>Type the party's name first.</source>
      <translation>请先输入当事人的姓名或名称。</translation>
    </message>
    <message>
      <source>{text} (new)</source>
      <translation>{text}（新增）</translation>
    </message>
    <message>
      <source>An officer needs a name and an enforcement certificate number.</source>
      <translation>执法人员须填写姓名和执法证号。</translation>
    </message>
    <message>
      <source>Nothing was changed: add or remove someone first, or cancel.</source>
      <translation>未作任何修改：请先添加或移除人员，或取消。</translation>
    </message>
  </context>
  <context>
    <name>ItemLinkDialog</name>
    <message>
      <source>Unlink a record — item {code}</source>
      <translation>取消关联 — 事项 {code}</translation>
    </message>
    <message>
      <source>Link a record — item {code}</source>
      <translation>关联文书 — 事项 {code}</translation>
    </message>
    <message>
      <source>Checklist item</source>
      <translation>记录事项</translation>
    </message>
    <message>
      <source>A/V record {id}</source>
      <translation>音像记录 {id}</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>No record is linked to this item.</source>
      <translation>此事项尚未关联任何记录。</translation>
    </message>
    <message>
      <source>The case has no document to link yet: register it first (Register document…).</source>
      <translation>本案尚无可关联的文书：请先登记文书（“登记文书…”）。</translation>
    </message>
  </context>
  <context>
    <name>CasePicker</name>
    <message>
      <source>Type part of the case number, title, party or officer, then choose</source>
      <translation>输入案号、案件名称、当事人或执法人员的任一部分，再从列表中选择</translation>
    </message>
  </context>
<context>
    <name>cli_help</name>
    <message>
        <source>case files: list, show, add, import, check, evaluate</source>
        <translation>案件：列出、查看、登记、导入、检查、评查</translation>
    </message>
    <message>
        <source>load a realistic demo data set of cases (as the signed-in user)</source>
        <translation>载入一套演示案件数据（以当前登录用户身份）</translation>
    </message>
    <message>
        <source>search the case catalogue</source>
        <translation>查询案件目录</translation>
    </message>
    <message>
        <source>a case with its checklists, records and findings</source>
        <translation>查看案件及其记录事项、文书和合规问题</translation>
    </message>
    <message>
        <source>register a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>change stage, end date or descriptive fields</source>
        <translation>修改环节、执法终结日期或描述信息</translation>
    </message>
    <message>
        <source>import cases, parties, officers, documents (JSON or CSV; see docs/import-schema.md)</source>
        <translation>导入案件、当事人、执法人员、文书（JSON 或 CSV；见 docs/import-schema.md）</translation>
    </message>
    <message>
        <source>compliance findings of a case, or of every case with --all</source>
        <translation>某案件的合规问题，或用 --all 检查全部案件</translation>
    </message>
    <message>
        <source>case-file evaluation report as PDF (Art. 30)</source>
        <translation>案卷评查报告 PDF（第三十条）</translation>
    </message>
    <message>
        <source>mark a checklist item not applicable, with the reason</source>
        <translation>将记录事项标为不适用，并说明理由</translation>
    </message>
    <message>
        <source>link a text record to a checklist item</source>
        <translation>将文字记录关联到记录事项</translation>
    </message>
    <message>
        <source>correct a text record: a new version with the reason; the old one stays (Art. 27)</source>
        <translation>更正文字记录：生成附理由的新版本，旧版本保留（第二十七条）</translation>
    </message>
    <message>
        <source>every version of a text record, with who corrected what and why</source>
        <translation>文字记录的全部版本，以及由谁、为何、更正了什么</translation>
    </message>
    <message>
        <source>case number prefix, title words, party or officer</source>
        <translation>案号开头、标题中的词、当事人或执法人员</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Art. 32: the agency that entrusted the enforcement</source>
        <translation>第三十二条：委托执法的机关</translation>
    </message>
    <message>
        <source>public, internal, personal_privacy, commercial_secret (state secrets are refused)</source>
        <translation>public、internal、personal_privacy、commercial_secret（拒绝国家秘密）</translation>
    </message>
    <message>
        <source>Art. 20: personal_freedom, life_health, major_property, venue (repeatable)</source>
        <translation>第二十条：personal_freedom、life_health、major_property、venue（可重复）</translation>
    </message>
    <message>
        <source>"name[;kind[;id number]]" (repeatable)</source>
        <translation>"姓名[;类别[;证件号码]]"（可重复）</translation>
    </message>
    <message>
        <source>"name;certificate number" (repeatable)</source>
        <translation>"姓名;执法证号"（可重复）</translation>
    </message>
    <message>
        <source>date the enforcement action ended (Art. 26)</source>
        <translation>执法终结日期（第二十六条）</translation>
    </message>
    <message>
        <source>date the case file was archived (Art. 26)</source>
        <translation>案卷归档日期（第二十六条）</translation>
    </message>
    <message>
        <source>checklist code, e.g. 9.5</source>
        <translation>记录事项编号，如 9.5</translation>
    </message>
    <message>
        <source>record id (case show --json lists them)</source>
        <translation>文书编号（case show --json 可列出）</translation>
    </message>
    <message>
        <source>why it is corrected</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>a field and its corrected value (repeatable): doc_no, title, issued_on, sealed, pages, party_signed, cross_page_sealed, has_alterations, alterations_marked, refusal_note, handler_opinion, handler_reasons, handler_signed_on, reviewer_opinion, reviewer_signed_on, approver_opinion, approver_signed_on</source>
        <translation>字段及其更正后的值（可重复）：doc_no、title、issued_on、sealed、pages、party_signed、cross_page_sealed、has_alterations、alterations_marked、refusal_note、handler_opinion、handler_reasons、handler_signed_on、reviewer_opinion、reviewer_signed_on、approver_opinion、approver_signed_on</translation>
    </message>
    <message>
        <source>the corrected scan (stored in the vault; the old one stays)</source>
        <translation>更正后的扫描件（存入证据库；旧件保留）</translation>
    </message>
    <message>
        <source>cases per enforcement type (default 7)</source>
        <translation>每种执法类别的案件数（默认 7）</translation>
    </message>
    <message>
        <source>any part of the case number, title, party or officer name (also their ID or certificate number, whole)</source>
        <translation>案号、标题、当事人或执法人员姓名的任意部分（证件号码或执法证号须完整）</translation>
    </message>
    <message>
        <source>the same, as an option (like officer list and device list)</source>
        <translation>同上，以选项形式给出（与 officer list、device list 一致）</translation>
    </message>
</context>
</TS>