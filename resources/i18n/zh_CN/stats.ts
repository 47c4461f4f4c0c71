<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <location filename="../../../archive_core/cli/reports_cmd.py" line="39" />
        <source>Wrote {file}: {cases} cases from {start} to {end}.</source>
        <translation>已写入 {file}：{start} 至 {end} 共 {cases} 件案件。</translation>
    </message>
<message><source>({n}) {title}: {count}</source><translation>（{n}）{title}：{count} 项</translation></message><message><source>… and {more} more (use --json for all)</source><translation>……另有 {more} 项（使用 --json 查看全部）</translation></message></context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="445" />
        <source>A/V waiting for ingest (Art. 24)</source>
        <translation>待入库音像（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="448" />
        <source>Waiting</source>
        <translation>等待入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="449" />
        <source>Past 24 hours</source>
        <translation>已超 24 小时</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="450" />
        <source>Due within 4 hours</source>
        <translation>4 小时内到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="451" />
        <source>Failed</source>
        <translation>入库失败</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="458" />
        <source>A/V stored, 24-hour limit (Art. 24)</source>
        <translation>音像入库时限（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="461" />
        <source>Stored, last 30 days</source>
        <translation>近 30 日入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="462" />
        <source>Stored late, last 30 days</source>
        <translation>近 30 日超时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="463" />
        <source>Not linked to a case</source>
        <translation>未关联案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="470" />
        <source>Filing within 30 days (Art. 26)</source>
        <translation>30 日内归档（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="473" />
        <source>Awaiting filing</source>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="474" />
        <source>Due within 7 days</source>
        <translation>7 日内到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="475" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="476" />
        <source>Filed late this month</source>
        <translation>本月逾期归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="483" />
        <source>Open compliance findings</source>
        <translation>未整改的合规问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="486" />
        <source>Non-compliant cases</source>
        <translation>不合规案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="487" />
        <source>Cases with warnings</source>
        <translation>有提示的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="488" />
        <source>Cases not checked</source>
        <translation>未检查的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="489" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="496" />
        <source>Recording devices (Art. 25)</source>
        <translation>记录设备（第二十五条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="499" />
        <source>Not returned in time</source>
        <translation>逾期未归还</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="500" />
        <source>Maintenance overdue</source>
        <translation>维护已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="501" />
        <source>Maintenance due soon</source>
        <translation>维护即将到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="502" />
        <source>Checked out</source>
        <translation>已领用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="503" />
        <source>In maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="510" />
        <source>Evidence discs (Art. 26)</source>
        <translation>证据光盘（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="513" />
        <source>Re-check overdue</source>
        <translation>复检已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="514" />
        <source>Re-check due in 30 days</source>
        <translation>30 日内需复检</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="515" />
        <source>Failed copies</source>
        <translation>失败的光盘副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="516" />
        <source>Copies not burned</source>
        <translation>未刻录的副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="523" />
        <source>Retention (Art. 25, 27)</source>
        <translation>保管期限（第二十五、二十七条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="526" />
        <source>Retention ends this month</source>
        <translation>本月保管期满</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="527" />
        <source>Due for disposal</source>
        <translation>可申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="528" />
        <source>Disposal requested</source>
        <translation>已申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/dashboard.py" line="529" />
        <source>On legal hold</source>
        <translation>冻结保全中</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../archive_core/statistics.py" line="49" />
        <source>the period ends before it starts</source>
        <translation>统计期间的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="49" />
        <source>Cannot write {name}: the file must end in .pdf, .csv or .xlsx.</source>
        <translation>无法写入 {name}：文件名须以 .pdf、.csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="54" />
        <source>Cannot write {name}: the Excel writer (openpyxl) is not installed.</source>
        <translation>无法写入 {name}：未安装 Excel 写入组件（openpyxl）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="55" />
        <source>Write a .csv file instead, or ask the administrator to install openpyxl.</source>
        <translation>请改为导出 .csv 文件，或请管理员安装 openpyxl。</translation>
    </message>
</context>
<context>
    <name>stats_report</name>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="34" />
        <source>On time</source>
        <translation>按时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="35" />
        <source>On time (exception)</source>
        <translation>按时入库（例外情形）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="36" />
        <source>Late</source>
        <translation>超时入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="37" />
        <source>Time unknown</source>
        <translation>时间不明</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="40" />
        <source>Non-compliant</source>
        <translation>不合规</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="41" />
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="42" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="87" />
        <source>Cases by type and stage</source>
        <translation>按执法类型和阶段统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="88" />
        <source>Enforcement type</source>
        <translation>执法类型</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="90" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="98" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="135" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="192" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="215" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="106" />
        <source>Cases by status</source>
        <translation>按办理状态统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="107" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="107" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="114" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="175" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="341" />
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="113" />
        <source>Cases by unit</source>
        <translation>按单位统计案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="114" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="410" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="120" />
        <source>Recording completeness by stage (Art. 8–11)</source>
        <translation>各阶段记录完整率（第八至十一条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="122" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="123" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="347" />
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="124" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="349" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="125" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="352" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="126" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="355" />
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="127" />
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="148" />
        <source>A/V coverage of mandatory cases (Art. 20)</source>
        <translation>应全程音像记录案件的覆盖情况（第二十条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="149" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="149" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="151" />
        <source>Cases with mandatory whole-process A/V</source>
        <translation>应全程音像记录的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="152" />
        <source>Of which past the on-site stage</source>
        <translation>其中已进入或经过现场阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="153" />
        <source>Of which with A/V of the on-site stage</source>
        <translation>其中现场阶段有音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="154" />
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="155" />
        <source>Cases without A/V</source>
        <translation>缺少音像记录的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="162" />
        <source>Ingest timeliness (Art. 24)</source>
        <translation>音像记录入库及时性（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="164" />
        <source>24-hour clock</source>
        <translation>24 小时时限</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="165" />
        <source>A/V records</source>
        <translation>音像记录数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="168" />
        <source>Stored within 24 hours</source>
        <translation>24 小时内入库率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="174" />
        <source>Archiving timeliness (Art. 26)</source>
        <translation>归档及时性（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="175" />
        <source>Filing deadline</source>
        <translation>归档时限</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="178" />
        <source>Filed within 30 days</source>
        <translation>30 日内归档率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="180" />
        <source>Average days to filing</source>
        <translation>平均归档天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="189" />
        <source>Compliance findings by article</source>
        <translation>按条款统计合规问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="190" />
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="203" />
        <source>Device utilisation (loan-days / device-days)</source>
        <translation>设备使用率（领用天数 / 在册天数）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="205" />
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="206" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="207" />
        <source>Device-days</source>
        <translation>在册天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="208" />
        <source>Loan-days</source>
        <translation>领用天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="209" />
        <source>Loans</source>
        <translation>领用次数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="210" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="383" />
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="337" />
        <source>Cases by enforcement type and current stage</source>
        <translation>各执法类型案件及当前阶段</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="344" />
        <source>Checklist items of completed stages</source>
        <translation>已完成阶段的记录事项</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="359" />
        <source>A/V stored within 24 hours</source>
        <translation>音像记录 24 小时内入库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="363" />
        <source>Case files filed within 30 days</source>
        <translation>案卷 30 日内归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="369" />
        <source>Findings by article</source>
        <translation>按条款统计问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="378" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="381" />
        <source>Device utilisation by type</source>
        <translation>各类设备使用率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="386" />
        <source>Loan-days / device-days</source>
        <translation>领用天数 / 在册天数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="399" />
        <location filename="../../../archive_core/reports/statistics_pack.py" line="509" />
        <source>Statistics of enforcement records</source>
        <translation>执法全过程记录统计分析</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="401" />
        <source>Art. 28 statistics and analysis; Art. 4 rule-of-law evaluation</source>
        <translation>依据第二十八条统计分析，服务第四条法治政府建设考评</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="407" />
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="411" />
        <source>Cases opened</source>
        <translation>立案数</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="412" />
        <source>Cases with findings</source>
        <translation>存在问题的案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="413" />
        <source>Recording completeness</source>
        <translation>记录完整率</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="414" />
        <source>A/V coverage (Art. 20)</source>
        <translation>音像覆盖率（第二十条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="415" />
        <source>Stored within 24 hours (Art. 24)</source>
        <translation>24 小时内入库率（第二十四条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="416" />
        <source>Filed within 30 days (Art. 26)</source>
        <translation>30 日内归档率（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="422" />
        <source>Cases are those opened in the period; completeness counts the required checklist items of the stages each case has completed; ingest counts A/V records stored in the period; archiving counts cases whose enforcement action ended in the period; device utilisation counts loan time over the time the devices were in the register during the period.</source>
        <translation>口径说明：案件指统计期间内立案的案件；完整率按各案件已完成阶段的必记事项计算；入库及时性按期间内入库的音像记录计算；归档及时性按期间内执法行为终结的案件计算；设备使用率为期间内领用时长与设备在册时长之比。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="448" />
        <source>Timeliness (Art. 24, Art. 26)</source>
        <translation>及时性（第二十四条、第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/reports/statistics_pack.py" line="504" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>violations</name>
    <message>
        <location filename="../../../archive_core/violations.py" line="37" />
        <source>No whole-process recording system established</source>
        <translation>未建立全过程记录制度</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="38" />
        <source>Not recording, or not recording as required</source>
        <translation>未按规定进行全过程记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="39" />
        <source>Not archiving, or not archiving as required</source>
        <translation>未按规定归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="40" />
        <source>Unauthorised destruction, deletion or modification of records</source>
        <translation>擅自销毁、删除、修改记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="41" />
        <source>Leaking audio-visual records</source>
        <translation>泄露音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="44" />
        <source>The device register holds no recording device in service, yet {cases} cases are catalogued.</source>
        <translation>设备登记中没有在用的记录设备，但已登记 {cases} 件案件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="47" />
        <source>Unit {unit} has {cases} enforcement cases but no text or A/V record.</source>
        <translation>单位 {unit} 有 {cases} 件执法案件，却没有任何文字或音像记录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="50" />
        <source>Case {case_no}: {errors} non-compliance finding(s) under {articles}.</source>
        <translation>案件 {case_no}：{articles} 共 {errors} 项不合规。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="51" />
        <source>Case {case_no} was filed {days} days after the action ended (limit 30).</source>
        <translation>案件 {case_no} 在执法行为终结后第 {days} 日才归档（时限 30 日）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="54" />
        <source>Case {case_no} is not filed {days} days after the action ended (limit 30).</source>
        <translation>案件 {case_no} 执法行为终结已 {days} 日仍未归档（时限 30 日）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="57" />
        <source>Case {case_no} is filed, but {clips} evidence clip(s) are on no verified disc.</source>
        <translation>案件 {case_no} 已归档，但有 {clips} 段证据音像未刻入经校验的光盘。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="60" />
        <source>Vault object {name} is missing.</source>
        <translation>存储库对象 {name} 已丢失。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="61" />
        <source>Vault object {name} no longer matches its digest.</source>
        <translation>存储库对象 {name} 与其摘要不符（已被改动）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="62" />
        <source>The audit trail failed verification (first bad event {first_bad}).</source>
        <translation>审计日志校验失败（首个异常事件 {first_bad}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="65" />
        <source>Recording {name} failed its digest check when {user} opened it.</source>
        <translation>{user} 打开音像记录 {name} 时摘要校验失败。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="66" />
        <source>Vault object {name} is marked disposed without an executed, approved disposal.</source>
        <translation>存储库对象 {name} 被标记为已销毁，但没有经批准并执行的销毁申请。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="69" />
        <source>{user} opened recording {name} ({action}) without a recorded reason.</source>
        <translation>{user} 未登记理由即使用了音像记录 {name}（{action}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="72" />
        <source>{user} exported recording {name} without the right to {right}.</source>
        <translation>{user} 在无权{right}的情况下导出了音像记录 {name}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/violations.py" line="75" />
        <source>{user} tried to {right} and was refused.</source>
        <translation>{user} 试图{right}，被拒绝。</translation>
    </message>
</context>
</TS>