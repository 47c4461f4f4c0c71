<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <location filename="../../../archive_core/cli/reports_cmd.py" line="39" />
        <source>Wrote {file}: {cases} cases from {start} to {end}.</source>
        <translation>已写入 {file}：{start} 至 {end} 共 {cases} 件案件。</translation>
    </message>
    <message>
        <source>({n}) {title}: {count}</source>
        <translation>（{n}）{title}：{count} 项</translation>
    </message>
    <message>
        <source>… and {more} more (use --json for all)</source>
        <translation>……另有 {more} 项（使用 --json 查看全部）</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Vault objects that failed the fixity check</source>
        <translation>未通过定期校验的档案库对象</translation>
    </message>
    <message>
        <source>Volumes that failed the scheduled four-properties check</source>
        <translation>未通过定期四性检测的案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="454" />
        <source>A/V waiting for ingest (Art. 24)</source>
        <translation>待入库音像（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="457" />
        <source>Waiting</source>
        <translation>等待入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="458" />
        <source>Past 24 hours</source>
        <translation>已超 24 小时</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="459" />
        <source>Due within 4 hours</source>
        <translation>4 小时内到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="460" />
        <source>Failed</source>
        <translation>入库失败</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="467" />
        <source>A/V stored, 24-hour limit (Art. 24)</source>
        <translation>音像入库时限（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="470" />
        <source>Stored, last 30 days</source>
        <translation>近 30 日入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="471" />
        <source>Stored late, last 30 days</source>
        <translation>近 30 日超时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="472" />
        <source>Not linked to a case</source>
        <translation>未关联案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="479" />
        <source>Filing within 30 days (Art. 26)</source>
        <translation>30 日内归档（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="482" />
        <source>Awaiting filing</source>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="483" />
        <source>Due within 7 days</source>
        <translation>7 日内到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="484" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="485" />
        <source>Filed late this month</source>
        <translation>本月逾期归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="492" />
        <source>Open compliance findings</source>
        <translation>未整改的合规问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="495" />
        <source>Non-compliant cases</source>
        <translation>不合规案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="496" />
        <source>Cases with warnings</source>
        <translation>有提示的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="497" />
        <source>Cases not checked</source>
        <translation>未检查的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="498" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="505" />
        <source>Recording devices (Art. 25)</source>
        <translation>记录设备（第二十五条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="508" />
        <source>Not returned in time</source>
        <translation>逾期未归还</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="509" />
        <source>Maintenance overdue</source>
        <translation>维护已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="510" />
        <source>Maintenance due soon</source>
        <translation>维护即将到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="511" />
        <source>Checked out</source>
        <translation>已领用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="512" />
        <source>In maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="519" />
        <source>Evidence discs (Art. 26)</source>
        <translation>证据光盘（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="522" />
        <source>Re-check overdue</source>
        <translation>复检已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="523" />
        <source>Re-check due in 30 days</source>
        <translation>30 日内需复检</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="524" />
        <source>Failed copies</source>
        <translation>失败的光盘副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="525" />
        <source>Copies not burned</source>
        <translation>未刻录的副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="532" />
        <source>Retention (Art. 25, 27)</source>
        <translation>保管期限（第二十五、二十七条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="535" />
        <source>Retention ends this month</source>
        <translation>本月保管期满</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="536" />
        <source>Due for disposal</source>
        <translation>可申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="537" />
        <source>Disposal requested</source>
        <translation>已申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/dashboard.py" line="538" />
        <source>On legal hold</source>
        <translation>冻结保全中</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="60" />
        <source>Stored</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="61" />
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="62" />
        <source>Action ended</source>
        <translation>执法终结</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="63" />
        <source>Filed</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="64" />
        <source>Filed late</source>
        <translation>逾期归档</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="65" />
        <source>Non-compliant</source>
        <translation>不合规</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="66" />
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="69" />
        <source>A/V stored per week</source>
        <translation>每周音像入库</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="70" />
        <source>Cases ended and filed per month</source>
        <translation>每月执法终结与归档案件</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="71" />
        <source>Findings by article (click a bar for its cases)</source>
        <translation>按条款统计问题（点击条形查看案件）</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="116" />
        <source>Open the list</source>
        <translation>打开清单</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="144" />
        <source>not yet counted</source>
        <translation>尚未统计</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="146" />
        <source>as of {when}</source>
        <translation>截至 {when}</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="148" />
        <source>, {n} cases changed since</source>
        <translation>，其后有 {n} 件案件变动</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="164" />
        <source>{month}/{year}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="184" />
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="185" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="186" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="187" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="234" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="253" />
        <source>Open {page}</source>
        <translation>打开“{page}”</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_tiles.py" line="261" />
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="42" />
        <source>Overview</source>
        <translation>工作概览</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="51" />
        <source>Today</source>
        <translation>今日概览</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="58" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="60" />
        <source>Re-check all cases</source>
        <translation>重新检查全部案件</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="62" />
        <source>Evaluate every case against the regulation and store the findings by article</source>
        <translation>按《办法》逐案检查并按条款保存问题统计</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="67" />
        <source>Statistics pack…</source>
        <translation>统计报表…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="69" />
        <source>Art. 28: figures for a period and unit as PDF, CSV or Excel</source>
        <translation>第二十八条：按期间和单位统计，导出 PDF、CSV 或 Excel</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="72" />
        <source>Art. 31 register…</source>
        <translation>第三十一条情形登记…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="74" />
        <source>The five liabilities of Art. 31, with their evidence</source>
        <translation>第三十一条规定的五类责任情形及其证据</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="102" />
        <source>Your roles show no figures here; use the statistics pack.</source>
        <translation>您的角色在此没有可显示的数据，请使用统计报表。</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="126" />
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="151" />
        <source>Updated {at}</source>
        <translation>{at} 已更新</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_page.py" line="156" />
        <source>Checking every case…</source>
        <translation>正在检查全部案件…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="48" />
        <source>Statistics pack (Art. 28)</source>
        <translation>统计报表（第二十八条）</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="57" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="58" />
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="59" />
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="60" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="62" />
        <source>PDF with charts for reading; CSV or Excel for further analysis.</source>
        <translation>PDF 含图表便于阅读；CSV 或 Excel 便于进一步分析。</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="68" />
        <source>Write…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="90" />
        <source>Write statistics pack</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="92" />
        <source>PDF report (*.pdf);;CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF 报告 (*.pdf);;CSV 表格 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="119" />
        <source>Statistics pack</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="120" />
        <source>Written to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="134" />
        <source>Art. 31 register</source>
        <translation>第三十一条情形登记</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="137" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="142" />
        <source>Liability / finding</source>
        <translation>责任情形 / 具体问题</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="143" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="144" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/stats/dashboard_dialogs.py" line="183" />
        <source>{n} items found. Evidence: case numbers, audit event numbers and digests.</source>
        <translation>共发现 {n} 项。证据包括案件编号、审计事件编号和文件摘要。</translation>
    </message>
    <message>
        <source>Print or save…</source>
        <translation>打印或保存…</translation>
    </message>
    <message>
        <source>Save the Art. 31 register</source>
        <translation>保存第三十一条情形登记</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>用于打印的 PDF (*.pdf);;Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
      <source>Backup and storage (Art. 27)</source>
      <translation>备份与存储（第二十七条）</translation>
    </message>
    <message>
      <source>No good backup within the set age (2: twice it, or never)</source>
      <translation>超过设定期限无成功备份（2：超过两倍期限或从未备份）</translation>
    </message>
    <message>
      <source>Last backup check failed</source>
      <translation>最近一次备份检测未通过</translation>
    </message>
    <message>
      <source>Vault disk space low (2: critical)</source>
      <translation>档案库磁盘空间不足（2：严重）</translation>
    </message>
    <message>
      <source>Backup disk space low (2: critical)</source>
      <translation>备份磁盘空间不足（2：严重）</translation>
    </message>
    <message>
      <source>Days since the last good backup</source>
      <translation>距最近一次成功备份的天数</translation>
    </message>
    <message>
      <source>Free on the vault disk (GiB)</source>
      <translation>档案库磁盘可用空间（GiB）</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>双击案件即可打开</translation>
    </message>
    <message>
        <source>{n} cases not yet checked: press “Re-check all cases”</source>
        <translation>{n} 件案件尚未检查：请点击“重新检查全部案件”</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Filing deadline (Art. 26)</source>
        <translation>归档期限（第二十六条）</translation>
    </message>
    <message>
        <source>Days since the action ended</source>
        <translation>执法终结后天数</translation>
    </message>
    <message>
        <source>Findings under this article</source>
        <translation>本条问题数</translation>
    </message>
    <message>
        <source>Days from the end of the action</source>
        <translation>距执法终结天数</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应归还时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>weeks from {month}/{day}</source>
        <translation>自{month}月{day}日起各周</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../archive_core/stats/statistics.py" line="49" />
        <source>the period ends before it starts</source>
        <translation>统计期间的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="50" />
        <source>Cannot write {name}: the file must end in .pdf, .csv or .xlsx.</source>
        <translation>无法写入 {name}：文件名须以 .pdf、.csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="55" />
        <source>Cannot write {name}: the Excel writer (openpyxl) is not installed.</source>
        <translation>无法写入 {name}：未安装 Excel 写入组件（openpyxl）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="56" />
        <source>Write a .csv file instead, or ask the administrator to install openpyxl.</source>
        <translation>请改为导出 .csv 文件，或请管理员安装 openpyxl。</translation>
    </message>
</context>
<context>
    <name>stats_report</name>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="35" />
        <source>On time</source>
        <translation>按时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="36" />
        <source>On time (exception)</source>
        <translation>按时入库（例外情形）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="37" />
        <source>Late</source>
        <translation>超时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="38" />
        <source>Time unknown</source>
        <translation>时间不明</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="41" />
        <source>Non-compliant</source>
        <translation>不合规</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="42" />
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="43" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="88" />
        <source>Cases by type and stage</source>
        <translation>按执法类型和阶段统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="89" />
        <source>Enforcement type</source>
        <translation>执法类型</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="91" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="99" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="136" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="193" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="216" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="107" />
        <source>Cases by status</source>
        <translation>按办理状态统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="108" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="115" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="176" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="351" />
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="114" />
        <source>Cases by unit</source>
        <translation>按单位统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="115" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="420" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="121" />
        <source>Recording completeness by stage (Art. 8–11)</source>
        <translation>各阶段记录完整率（第八至十一条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="123" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="124" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="357" />
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="125" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="359" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="126" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="362" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="127" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="365" />
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="128" />
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="149" />
        <source>A/V coverage of mandatory cases (Art. 20)</source>
        <translation>应全程音像记录案件的覆盖情况（第二十条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="150" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="150" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="152" />
        <source>Cases with mandatory whole-process A/V</source>
        <translation>应全程音像记录的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="153" />
        <source>Of which past the on-site stage</source>
        <translation>其中已进入或经过现场阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="154" />
        <source>Of which with A/V of the on-site stage</source>
        <translation>其中现场阶段有音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="155" />
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="156" />
        <source>Cases without A/V</source>
        <translation>缺少音像记录的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="163" />
        <source>Ingest timeliness (Art. 24)</source>
        <translation>音像记录入库及时性（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="165" />
        <source>24-hour clock</source>
        <translation>24 小时时限</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="166" />
        <source>A/V records</source>
        <translation>音像记录数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="169" />
        <source>Stored within 24 hours</source>
        <translation>24 小时内入库率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="175" />
        <source>Archiving timeliness (Art. 26)</source>
        <translation>归档及时性（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="176" />
        <source>Filing deadline</source>
        <translation>归档时限</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="179" />
        <source>Filed within 30 days</source>
        <translation>30 日内归档率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="181" />
        <source>Average days to filing</source>
        <translation>平均归档天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="190" />
        <source>Compliance findings by article</source>
        <translation>按条款统计合规问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="191" />
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="204" />
        <source>Device utilisation (loan-days / device-days)</source>
        <translation>设备使用率（领用天数 / 在册天数）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="206" />
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="207" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="208" />
        <source>Device-days</source>
        <translation>在册天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="209" />
        <source>Loan-days</source>
        <translation>领用天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="210" />
        <source>Loans</source>
        <translation>领用次数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="211" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="393" />
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="347" />
        <source>Cases by enforcement type and current stage</source>
        <translation>各执法类型案件及当前阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="354" />
        <source>Checklist items of completed stages</source>
        <translation>已完成阶段的记录事项</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="369" />
        <source>A/V stored within 24 hours</source>
        <translation>音像记录 24 小时内入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="373" />
        <source>Case files filed within 30 days</source>
        <translation>案卷 30 日内归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="379" />
        <source>Findings by article</source>
        <translation>按条款统计问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="388" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="391" />
        <source>Device utilisation by type</source>
        <translation>各类设备使用率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="396" />
        <source>Loan-days / device-days</source>
        <translation>领用天数 / 在册天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="409" />
        <location filename="../../../archive_core/stats/statistics_pack.py" line="519" />
        <source>Statistics of enforcement records</source>
        <translation>执法全过程记录统计分析</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="411" />
        <source>Art. 28 statistics and analysis; Art. 4 rule-of-law evaluation</source>
        <translation>依据第二十八条统计分析，服务第四条法治政府建设考评</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="417" />
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="421" />
        <source>Cases opened</source>
        <translation>立案数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="422" />
        <source>Cases with findings</source>
        <translation>存在问题的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="423" />
        <source>Recording completeness</source>
        <translation>记录完整率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="424" />
        <source>A/V coverage (Art. 20)</source>
        <translation>音像覆盖率（第二十条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="425" />
        <source>Stored within 24 hours (Art. 24)</source>
        <translation>24 小时内入库率（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="426" />
        <source>Filed within 30 days (Art. 26)</source>
        <translation>30 日内归档率（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="432" />
        <source>Cases are those opened in the period; completeness counts the required checklist items of the stages each case has completed; ingest counts A/V records stored in the period; archiving counts cases whose enforcement action ended in the period; device utilisation counts loan time over the time the devices were in the register during the period.</source>
        <translation>口径说明：案件指统计期间内立案的案件；完整率按各案件已完成阶段的必记事项计算；入库及时性按期间内入库的音像记录计算；归档及时性按期间内执法行为终结的案件计算；设备使用率为期间内领用时长与设备在册时长之比。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="458" />
        <source>Timeliness (Art. 24, Art. 26)</source>
        <translation>及时性（第二十四条、第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/statistics_pack.py" line="514" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>violations</name>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="37" />
        <source>No whole-process recording system established</source>
        <translation>未建立全过程记录制度</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="38" />
        <source>Not recording, or not recording as required</source>
        <translation>未按规定进行全过程记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="39" />
        <source>Not archiving, or not archiving as required</source>
        <translation>未按规定归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="40" />
        <source>Unauthorised destruction, deletion or modification of records</source>
        <translation>擅自销毁、删除、修改记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="41" />
        <source>Leaking audio-visual records</source>
        <translation>泄露音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="44" />
        <source>The device register holds no recording device in service, yet {cases} cases are catalogued.</source>
        <translation>设备登记中没有在用的记录设备，但已登记 {cases} 件案件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="47" />
        <source>Unit {unit} has {cases} enforcement cases but no text or A/V record.</source>
        <translation>单位 {unit} 有 {cases} 件执法案件，却没有任何文字或音像记录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="50" />
        <source>Case {case_no}: {errors} non-compliance finding(s) under {articles}.</source>
        <translation>案件 {case_no}：{articles} 共 {errors} 项不合规。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="51" />
        <source>Case {case_no} was filed {days} days after the action ended (limit 30).</source>
        <translation>案件 {case_no} 在执法行为终结后第 {days} 日才归档（时限 30 日）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="54" />
        <source>Case {case_no} is not filed {days} days after the action ended (limit 30).</source>
        <translation>案件 {case_no} 执法行为终结已 {days} 日仍未归档（时限 30 日）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="57" />
        <source>Case {case_no} is filed, but {clips} evidence clip(s) are on no verified disc.</source>
        <translation>案件 {case_no} 已归档，但有 {clips} 段证据音像未刻入经校验的光盘。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="60" />
        <source>Vault object {name} is missing.</source>
        <translation>存储库对象 {name} 已丢失。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="61" />
        <source>Vault object {name} no longer matches its digest.</source>
        <translation>存储库对象 {name} 与其摘要不符（已被改动）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="62" />
        <source>The audit trail failed verification (first bad event {first_bad}).</source>
        <translation>审计日志校验失败（首个异常事件 {first_bad}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="65" />
        <source>Recording {name} failed its digest check when {user} opened it.</source>
        <translation>{user} 打开音像记录 {name} 时摘要校验失败。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="66" />
        <source>Vault object {name} is marked disposed without an executed, approved disposal.</source>
        <translation>存储库对象 {name} 被标记为已销毁，但没有经批准并执行的销毁申请。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="69" />
        <source>{user} opened recording {name} ({action}) without a recorded reason.</source>
        <translation>{user} 未登记理由即使用了音像记录 {name}（{action}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="72" />
        <source>{user} exported recording {name} without the right to {right}.</source>
        <translation>{user} 在无权{right}的情况下导出了音像记录 {name}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/stats/violations.py" line="75" />
        <source>{user} tried to {right} and was refused.</source>
        <translation>{user} 试图{right}，被拒绝。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>case {value}</source>
        <translation>案号 {value}</translation>
    </message>
    <message>
        <source>audit event {value}</source>
        <translation>审计事件 {value}</translation>
    </message>
    <message>
        <source>digest {value}</source>
        <translation>摘要 {value}</translation>
    </message>
    <message>
        <source>{article}: {note} finding(s)</source>
        <translation>{article}：{note} 项问题</translation>
    </message>
    <message>
        <source>unit {value}</source>
        <translation>单位 {value}</translation>
    </message>
    <message>
        <source>user {value}</source>
        <translation>用户 {value}</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>Register of Art. 31 liabilities</source>
        <translation>第三十一条责任情形登记表</translation>
    </message>
    <message>
        <source>Hebei Province Measures on Whole-Process Recording of Administrative Enforcement, Art. 31</source>
        <translation>《河北省行政执法全过程记录办法》第三十一条</translation>
    </message>
    <message>
        <source>({n}) {title}</source>
        <translation>（{n_zh}）{title}</translation>
    </message>
    <message>
        <source>{count} item(s)</source>
        <translation>共 {count} 项</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>未发现。</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>责任情形</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>具体问题</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Items in total</source>
        <translation>情形合计</translation>
    </message>
    <message>
        <source>Compliance findings as of</source>
        <translation>合规检查结果截至</translation>
    </message>
    <message>
        <source>evaluated now</source>
        <translation>即时检查</translation>
    </message>
    <message>
        <source>Each item is detected from the catalogue, the evidence vault and the audit trail; the evidence names case numbers, audit event numbers and digests that can be looked up on this workstation. The register lists facts for review; it is not a finding of liability.</source>
        <translation>各项情形均依据目录、证据库和审计日志检出；所列证据（案号、审计事件编号和摘要值）均可在本工作站查证。本表列明事实供审查，并非责任认定结论。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Vault object {name} failed the scheduled fixity check.</source>
        <translation>档案库对象 {name} 未通过定期固定性检测。</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>statistics pack, Art. 31 violation register, dashboard figures</source>
        <translation>统计报表、第三十一条情形登记、仪表盘数据</translation>
    </message>
    <message>
        <source>the Art. 28 statistics pack for a period as PDF, CSV or XLSX</source>
        <translation>某一期间的第二十八条统计报表（PDF、CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>the Art. 31 register of the five liabilities, with evidence</source>
        <translation>第三十一条五种责任情形登记，附证据</translation>
    </message>
    <message>
        <source>the dashboard's figures for the signed-in user's roles</source>
        <translation>当前登录用户角色对应的仪表盘数据</translation>
    </message>
    <message>
        <source>first day YYYY-MM-DD</source>
        <translation>首日 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day YYYY-MM-DD</source>
        <translation>末日 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>only cases of this unit (the case's agency)</source>
        <translation>只统计此单位（案件的办案机关）的案件</translation>
    </message>
    <message>
        <source>FILE.pdf, FILE.csv or FILE.xlsx</source>
        <translation>FILE.pdf、FILE.csv 或 FILE.xlsx</translation>
    </message>
    <message>
        <source>also write the register to FILE.pdf (for printing), FILE.xlsx or FILE.csv</source>
        <translation>同时把登记写入 FILE.pdf（供打印）、FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <source>re-evaluate every case first and store the findings snapshot</source>
        <translation>先重新检查全部案件，并保存合规问题快照</translation>
    </message>
</context>
</TS>