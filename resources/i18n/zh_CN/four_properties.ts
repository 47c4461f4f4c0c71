<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>four_properties</name>
    <message>
        <source>{file}: {field} = {value!r} is not valid ({rule}).</source>
        <translation>{file}：{field} = {value!r} 不合规定（{rule}）。</translation>
    </message>
    <message>
        <source>Metadata types, lengths and value ranges</source>
        <translation>元数据的数据类型、长度和值域</translation>
    </message>
    <message>
        <source>{n} content files agree with their metadata.</source>
        <translation>{n} 个内容文件与元数据一致。</translation>
    </message>
    <message>
        <source>Content properties agree with the metadata</source>
        <translation>内容数据的电子属性与元数据一致</translation>
    </message>
    <message>
        <source>{n} content files are where their metadata says.</source>
        <translation>{n} 个内容文件均在元数据记录的存储位置。</translation>
    </message>
    <message>
        <source>Content is where the metadata locates it</source>
        <translation>元数据记录的存储位置与内容实际位置一致</translation>
    </message>
    <message>
        <source>{n} files: SHA-256 and SM3 as declared.</source>
        <translation>{n} 个文件的 SHA-256 与 SM3 摘要与登记值一致。</translation>
    </message>
    <message>
        <source>SHA-256 and SM3 digests match</source>
        <translation>SHA-256 与 SM3 摘要值一致</translation>
    </message>
    <message>
        <source>Every catalogue row matches the digests in the audit trail.</source>
        <translation>目录数据均与审计记录中的摘要一致。</translation>
    </message>
    <message>
        <source>Metadata unchanged since it was audited</source>
        <translation>元数据自审计登记后未被改动</translation>
    </message>
    <message>
        <source>The subject carries no audit trail.</source>
        <translation>检测对象不含审计记录。</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{file}: the metadata locates the content at {location}, it is not there.</source>
        <translation>{file}：元数据记录的存储位置 {location} 处没有该文件。</translation>
    </message>
    <message>
        <source>{file}: {algo} is {found}, the metadata declares {want}.</source>
        <translation>{file}：{algo} 摘要为 {found}，元数据登记为 {want}。</translation>
    </message>
    <message>
        <source>{file}: the metadata gives {field} {want:.1f} s, the content lasts {found:.1f} s.</source>
        <translation>{file}：元数据记录 {field} 为 {want:.1f} 秒，内容实际时长 {found:.1f} 秒。</translation>
    </message>
    <message>
        <source>{file}: the metadata gives {field} {want}, the content has {found}.</source>
        <translation>{file}：元数据记录 {field} 为 {want}，内容实际为 {found}。</translation>
    </message>
    <message>
        <source>{file}: the metadata gives {want} pages, the PDF has {found}.</source>
        <translation>{file}：元数据记录 {want} 页，PDF 实有 {found} 页。</translation>
    </message>
    <message>
        <source>{file}: the format is not recognised, so it cannot be opened.</source>
        <translation>{file}：无法识别文件格式，不能打开。</translation>
    </message>
    <message>
        <source>{file}: its first page cannot be rendered: {reason}.</source>
        <translation>{file}：首页无法显示：{reason}。</translation>
    </message>
    <message>
        <source>{file} does not open as an image: {reason}.</source>
        <translation>{file} 无法作为图像打开：{reason}。</translation>
    </message>
    <message>
        <source>{file} does not open as a zip archive: {reason}.</source>
        <translation>{file} 无法作为压缩包打开：{reason}。</translation>
    </message>
    <message>
        <source>{file} does not open as audio or video: {reason}.</source>
        <translation>{file} 无法作为音视频打开：{reason}。</translation>
    </message>
    <message>
        <source>{file} is a PDF that needs a password to open.</source>
        <translation>{file} 是需要密码才能打开的 PDF。</translation>
    </message>
    <message>
        <source>{file} does not open as PDF: {reason}.</source>
        <translation>{file} 无法作为 PDF 打开：{reason}。</translation>
    </message>
    <message>
        <source>{file}: {entry} is encrypted.</source>
        <translation>{file}：其中的 {entry} 已加密。</translation>
    </message>
    <message>
        <source>{file}: {entry} uses compression method {method}, which is not a public one.</source>
        <translation>{file}：其中的 {entry} 使用第 {method} 号压缩方法，不是公开的压缩算法。</translation>
    </message>
    <message>
        <source>{file}: no frame could be decoded.</source>
        <translation>{file}：无法解码任何一帧。</translation>
    </message>
    <message>
        <source>No problem found in {items} entries.</source>
        <translation>{items} 个条目未发现问题。</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>真实性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Long-term storage</source>
        <translation>长期保存</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>{n} problems found.</source>
        <translation>发现 {n} 处问题。</translation>
    </message>
    <message>
        <source>Required metadata elements present</source>
        <translation>必备元数据项齐全</translation>
    </message>
    <message>
        <source>Items 1–{items} and volumes 1–{volumes} of {scope}, without gaps.</source>
        <translation>件号 1–{items}、{scope} 的案卷号 1–{volumes} 连续，无漏号。</translation>
    </message>
    <message>
        <source>Archive codes and item numbers without gaps</source>
        <translation>档号与件号连续无漏号</translation>
    </message>
    <message>
        <source>{n} entries with electronic content, {paper} on paper only; no content without an entry.</source>
        <translation>{n} 个条目有电子内容，{paper} 个仅有纸质件；没有无条目的内容。</translation>
    </message>
    <message>
        <source>Every entry has its content, no content without an entry</source>
        <translation>条目均有对应内容，内容均有对应条目</translation>
    </message>
    <message>
        <source>{events} history events for {n} entries.</source>
        <translation>{n} 个条目共有 {events} 条管理过程记录。</translation>
    </message>
    <message>
        <source>Management history present</source>
        <translation>管理过程记录齐全</translation>
    </message>
    <message>
        <source>The subject records no management history.</source>
        <translation>检测对象不含管理过程记录。</translation>
    </message>
    <message>
        <source>{file}: item numbers {numbers} are missing.</source>
        <translation>{file}：缺件号 {numbers}。</translation>
    </message>
    <message>
        <source>{file}: item numbers {numbers} are given twice.</source>
        <translation>{file}：件号 {numbers} 重复。</translation>
    </message>
    <message>
        <source>{scope}: volume numbers {numbers} are missing.</source>
        <translation>{scope}：缺案卷号 {numbers}。</translation>
    </message>
    <message>
        <source>{scope}: volume numbers {numbers} are given twice.</source>
        <translation>{scope}：案卷号 {numbers} 重复。</translation>
    </message>
    <message>
        <source>{file}: content without an entry.</source>
        <translation>{file}：有内容而无对应条目。</translation>
    </message>
    <message>
        <source>{file}: the element {field} is missing.</source>
        <translation>{file}：缺少元数据项 {field}。</translation>
    </message>
    <message>
        <source>{file}: the content is missing.</source>
        <translation>{file}：内容文件缺失。</translation>
    </message>
    <message>
        <source>{file}: no management history is recorded.</source>
        <translation>{file}：没有管理过程记录。</translation>
    </message>
    <message>
        <source>{file}: the content has {found} bytes, the metadata declares {want}.</source>
        <translation>{file}：内容为 {found} 字节，元数据登记为 {want} 字节。</translation>
    </message>
    <message>
        <source>Four-properties check report</source>
        <translation>四性检测报告</translation>
    </message>
    <message>
        <source>Archive code</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>检测环节</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检测人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Filed despite failures, because</source>
        <translation>检测未通过仍归档的理由</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {na} not applicable, {unchecked} not checked</source>
        <translation>通过 {passed} 项，不通过 {failed} 项，不适用 {na} 项，未检测 {unchecked} 项</translation>
    </message>
    <message>
        <source>{n} files scanned with the signatures in {folder}: nothing found.</source>
        <translation>已用 {folder} 中的病毒库扫描 {n} 个文件，未发现恶意代码。</translation>
    </message>
    <message>
        <source>Virus scan (ClamAV)</source>
        <translation>病毒检测（ClamAV）</translation>
    </message>
    <message>
        <source>{events} audit events: the hash chain and every signed checkpoint verify.</source>
        <translation>{events} 条审计记录：哈希链与各签名检查点均验证通过。</translation>
    </message>
    <message>
        <source>Audit trail and signed checkpoints verify</source>
        <translation>审计记录与签名检查点验证通过</translation>
    </message>
    <message>
        <source>clamscan is not installed (Debian package clamav).</source>
        <translation>未安装 clamscan（Debian 软件包 clamav）。</translation>
    </message>
    <message>
        <source>There is no electronic content to scan.</source>
        <translation>没有需要扫描的电子内容。</translation>
    </message>
    <message>
        <source>clamscan failed: {reason}.</source>
        <translation>clamscan 运行出错：{reason}。</translation>
    </message>
    <message>
        <source>No signature database.</source>
        <translation>没有病毒库。</translation>
    </message>
    <message>
        <source>clamscan did not run: {reason}.</source>
        <translation>clamscan 未能运行：{reason}。</translation>
    </message>
    <message>
        <source>{file}: malicious code {signature} found.</source>
        <translation>{file}：发现恶意代码 {signature}。</translation>
    </message>
    <message>
        <source>No ClamAV signature database in {folder}: run freshclam, or set the signature folder.</source>
        <translation>{folder} 中没有 ClamAV 病毒库：请运行 freshclam 或设置病毒库目录。</translation>
    </message>
    <message>
        <source>{n} files open (audio and video decoded for {frames} frames, PDFs rendered, images read).</source>
        <translation>{n} 个文件均可正常打开（音视频解码 {frames} 帧，PDF 已显示，图像已读取）。</translation>
    </message>
    <message>
        <source>Every content file opens</source>
        <translation>内容数据可正常打开</translation>
    </message>
    <message>
        <source>{n} files in allowed formats ({allowed}).</source>
        <translation>{n} 个文件的格式均在允许范围内（{allowed}）。</translation>
    </message>
    <message>
        <source>Formats on the allowed list</source>
        <translation>文件格式符合归档要求</translation>
    </message>
    <message>
        <source>No encryption and no non-public compression</source>
        <translation>无加密、无非公开压缩算法</translation>
    </message>
    <message>
        <source>{file}: the format {format} is not on the allowed list ({allowed}).</source>
        <translation>{file}：格式 {format} 不在允许范围内（{allowed}）。</translation>
    </message>
    <message>
        <source>{file} is an encrypted PDF.</source>
        <translation>{file} 是加密的 PDF。</translation>
    </message>
    <message>
        <source>archive_code</source>
        <translation>档号（archive_code）</translation>
    </message>
    <message>
        <source>fonds</source>
        <translation>全宗号（fonds）</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度（year）</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保管期限（retention）</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>件号（seq）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>题名（title）</translation>
    </message>
    <message>
        <source>filed_on</source>
        <translation>归档日期（filed_on）</translation>
    </message>
    <message>
        <source>item_date</source>
        <translation>日期（item_date）</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数（pages）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>时长（seconds）</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式（format）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Case {case_no} is not filed: the four-properties checks found problems: {problems}</source>
        <translation>案件 {case_no} 未归档：四性检测发现问题：{problems}</translation>
    </message>
    <message>
        <source>Put the content right and file again, or give the reason for filing it as it is; the reason is kept with the volume's check report.</source>
        <translation>请先纠正后重新归档，或填写按现状归档的理由；理由随案卷的检测报告保存。</translation>
    </message>
    <message>
        <source>check report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <source>the list of allowed formats is empty</source>
        <translation>允许的格式列表为空</translation>
    </message>
    <message>
        <source>the reason for filing despite failed checks says nothing</source>
        <translation>检测未通过仍归档的理由没有说明原因</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{code}: {summary}</source>
        <translation>{code}：{summary}</translation>
    </message>
    <message>
        <source>{n} volumes checked, {failed} with failures.</source>
        <translation>已检测 {n} 个案卷，其中 {failed} 个未通过。</translation>
    </message>
    <message>
        <source>Wrote the report to {file}.</source>
        <translation>检测报告已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>four-properties check report kept</source>
        <translation>保存四性检测报告</translation>
    </message>
    <message>
        <source>filing refused: four-properties checks failed</source>
        <translation>四性检测未通过，拒绝归档</translation>
    </message>
    <message>
        <source>four-properties check settings changed</source>
        <translation>修改四性检测设置</translation>
    </message>
</context>
<context>
    <name>FourPropertiesDialog</name>
    <message>
        <source>Four-properties check (四性检测)</source>
        <translation>四性检测</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>检测类别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Open report PDF</source>
        <translation>打开报告 PDF</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>尚无检测报告。</translation>
    </message>
</context>
<context>
    <name>ArchivingPage</name>
    <message>
        <source>Four-properties check…</source>
        <translation>四性检测…</translation>
    </message>
</context>
</TS>
