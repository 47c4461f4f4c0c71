<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchivingPage</name>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="71" />
        <source>Case no.</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="72" />
        <location filename="../../../ui/archiving/archiving_page.py" line="158" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="73" />
        <location filename="../../../ui/archiving/archiving_page.py" line="160" />
        <source>Action ended</source>
        <translation>执法行为终结</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="74" />
        <source>File by</source>
        <translation>归档期限</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="75" />
        <source>Days left / filed on</source>
        <translation>剩余天数 / 归档日期</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="76" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="77" />
        <source>Archive code</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="78" />
        <source>A/V</source>
        <translation>音像</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="101" />
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="103" />
        <source>{n} days over</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="124" />
        <source>Art. 26: file within 30 days after the enforcement action ended</source>
        <translation>第二十六条：执法行为终结之日起三十日内立卷归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="137" />
        <source>File volume — {case_no}</source>
        <translation>立卷归档 — {case_no}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="153" />
        <source>Why the filing is later than 30 days</source>
        <translation>超过三十日归档的原因</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="162" />
        <source>Fonds no.</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="163" />
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="164" />
        <source>Filing date</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="166" />
        <source>Reason for lateness</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="168" />
        <source>File</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="181" />
        <source>{n} days after the deadline {due} (Art. 26): give the reason.</source>
        <translation>超过归档期限 {due} {n} 天（第二十六条）：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="188" />
        <source>Within the deadline {due} (Art. 26).</source>
        <translation>在归档期限 {due} 之内（第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="211" />
        <source>Archiving</source>
        <translation>立卷归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="218" />
        <source>Archiving — file each case within 30 days after its action ended (Art. 26)</source>
        <translation>立卷归档 — 执法行为终结之日起三十日内归档（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="227" />
        <source>Awaiting filing</source>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="228" />
        <source>Due soon or overdue</source>
        <translation>即将到期或已逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="229" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="230" />
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="231" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="239" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="262" />
        <source>File volume…</source>
        <translation>立卷归档…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="268" />
        <source>Volume catalogue PDF…</source>
        <translation>卷内目录 PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="273" />
        <source>Evidence discs…</source>
        <translation>制作证据光盘…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="279" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="312" />
        <source>Awaiting {pending} · due soon {soon} · overdue {overdue} · filed {filed}</source>
        <translation>待归档 {pending} · 即将到期 {soon} · 已逾期 {overdue} · 已归档 {filed}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="370" />
        <source>Volume filed</source>
        <translation>已立卷归档</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="371" />
        <source>Case {case_no} is filed as volume {code} with {n} items.</source>
        <translation>案件 {case_no} 已立卷归档，档号 {code}，卷内 {n} 件。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="383" />
        <source>Save volume catalogue</source>
        <translation>保存卷内目录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="399" />
        <source>Volume catalogue</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/archiving_page.py" line="400" />
        <source>Saved to {file}.</source>
        <translation>已保存到 {file}。</translation>
    </message>
    <message>
        <source>As the retention schedule gives</source>
        <translation>按保管期限表</translation>
    </message>
    <message>
        <source>Why the case is filed with these findings (audited)</source>
        <translation>说明为何带着这些问题归档（记入审计）</translation>
    </message>
    <message>
        <source>Reason to file anyway</source>
        <translation>仍予归档的理由</translation>
    </message>
    <message>
        <source>No active row of the retention schedule fits this case: it is kept permanently.</source>
        <translation>保管期限表中没有适用于此案的有效规则：永久保管。</translation>
    </message>
    <message>
        <source>From the retention schedule (Art. 25): {name} ({code})</source>
        <translation>按保管期限表（第二十五条）：{name}（{code}）</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <source>This case still has {n} compliance findings; filing freezes the file as it is:</source>
        <translation>此案仍有 {n} 项合规问题；归档后案卷即按现状固定：</translation>
    </message>
    <message>
        <source>Open compliance findings</source>
        <translation>尚未解决的合规问题</translation>
    </message>
    <message>
        <source>Fixed for every volume by the agency's archive-code settings, not by the schedule.</source>
        <translation>由本机关的档号设置统一规定，不按保管期限表。</translation>
    </message>
    <message>
        <source>Why the volume is filed although the checks failed (kept with its check report)</source>
        <translation>四性检测未通过仍予归档的理由（与检测报告一并保存）</translation>
    </message>
    <message>
        <source>Four-properties checks failed</source>
        <translation>四性检测未通过</translation>
    </message>
    <message>
        <source>The four-properties checks (四性检测) found problems; the case is not filed. Put the content right, or give the reason to file it as it is. The check report is kept with the case.</source>
        <translation>四性检测发现问题，案件未归档。请纠正内容，或填写按现状归档的理由。检测报告已随案件保存。</translation>
    </message>
</context>
<context>
    <name>DiscWizard</name>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="54" />
        <source>sealed</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="56" />
        <source>in use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="64" />
        <source>Building image</source>
        <translation>制作镜像</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="65" />
        <source>Verifying image</source>
        <translation>校验镜像</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="66" />
        <source>Image digest</source>
        <translation>计算镜像摘要</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="67" />
        <source>Burning</source>
        <translation>刻录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="76" />
        <source>Plan the discs</source>
        <translation>规划光盘</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="78" />
        <source>Evidence audio and video of filed cases, with matter, time, place, method and officers on every disc (Art. 26).</source>
        <translation>已归档案件的证据录音录像，每张光盘注明记录的事项、时间、地点、方式和执法人员（第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="86" />
        <source>Case numbers, separated by 、 or commas</source>
        <translation>案号，用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="93" />
        <source> copies (A sealed, B in use)</source>
        <translation> 份副本（A 封存，B 使用）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="94" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="219" />
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="99" />
        <source>Disc / file</source>
        <translation>光盘 / 文件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="100" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="101" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="102" />
        <source>Matter recorded</source>
        <translation>记录事项</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="112" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="118" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="159" />
        <source>Disc {n} of {count} — {label}</source>
        <translation>第 {n} 张 / 共 {count} 张 — {label}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="164" />
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="184" />
        <source>Build the images</source>
        <translation>制作镜像</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="186" />
        <source>Each disc becomes an ISO image (UDF, Joliet, Rock Ridge) holding a BagIt bag with the media, metadata sidecars, the catalogue, index.html and the signed audit checkpoint; every image is read back and checked.</source>
        <translation>每张光盘制作为一个 ISO 镜像（UDF、Joliet、Rock Ridge），内含 BagIt 包：音像文件、元数据附件、目录、index.html 和签名的审计检查点；每个镜像制作后回读校验。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="195" />
        <source>Default: the discs folder of the data home</source>
        <translation>默认：数据目录下的 discs 文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="197" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="199" />
        <source>Build</source>
        <translation>开始制作</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="201" />
        <source>Cancel build</source>
        <translation>取消制作</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="204" />
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="216" />
        <source>Image folder</source>
        <translation>镜像文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="231" />
        <source>{code}: {n} discs on {medium}, copies {copies}</source>
        <translation>{code}：{medium} 共 {n} 张，副本 {copies}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="238" />
        <source>Folder for the images</source>
        <translation>镜像存放文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="250" />
        <source>Building {n} discs for {code}…</source>
        <translation>正在为 {code} 制作 {n} 张光盘…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="286" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="295" />
        <source>verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="297" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="366" />
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="300" />
        <source>Disc {n} of {count}: {image} ({size}) — {state}</source>
        <translation>第 {n} 张 / 共 {count} 张：{image}（{size}）— {state}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="305" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="307" />
        <source>Verification failed: nothing is registered as good.</source>
        <translation>校验失败：未登记任何合格光盘。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="315" />
        <source>Not built.</source>
        <translation>未制作。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="328" />
        <source>Verification</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="330" />
        <source>Every file of every image was read back and compared with the vault's SHA-256 and SM3 digests.</source>
        <translation>每个镜像中的每个文件均已回读，并与存储库中的 SHA-256 和 SM3 摘要值比对。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="338" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="409" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="535" />
        <source>Disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="339" />
        <source>Volume label</source>
        <translation>卷标</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="340" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="341" />
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="342" />
        <source>Image SHA-256</source>
        <translation>镜像 SHA-256</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="362" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="464" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="564" />
        <source>{n} of {count}</source>
        <translation>第 {n} 张 / 共 {count} 张</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="364" />
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="380" />
        <source>No problems: every disc may be burned.</source>
        <translation>没有问题：所有光盘均可刻录。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="391" />
        <source>Burn</source>
        <translation>刻录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="393" />
        <source>Burn each copy on a blank write-once disc; it is read back and compared with the image. Or keep the images and burn later.</source>
        <translation>将每份副本刻录到空白的一次性光盘上，刻录后回读并与镜像比对；也可以只保留镜像，稍后刻录。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="402" />
        <source>Folder for image-file copies (stdio:)</source>
        <translation>镜像文件副本的文件夹（stdio:）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="410" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="536" />
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="411" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="412" />
        <location filename="../../../ui/archiving/disc_wizard.py" line="424" />
        <source>Drive</source>
        <translation>刻录机</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="419" />
        <source>Burn selected copy</source>
        <translation>刻录选中的副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="437" />
        <source>Image only — burn later</source>
        <translation>仅制作镜像 — 稍后刻录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="438" />
        <source>Image file (stdio:) for a test burn</source>
        <translation>刻录到镜像文件（stdio:，用于测试）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="455" />
        <source>Not burned</source>
        <translation>未刻录</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="458" />
        <source>Burned and read back</source>
        <translation>已刻录并回读一致</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="460" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="485" />
        <source>Insert a blank disc</source>
        <translation>放入空白光盘</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="486" />
        <source>Insert a blank disc for disc {n}, copy {copy}, into {drive}.</source>
        <translation>请将用于第 {n} 张光盘副本 {copy} 的空白光盘放入 {drive}。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="524" />
        <source>Register the copies</source>
        <translation>登记副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="526" />
        <source>Where each copy is kept and how often it is read back (sealed copies every 12 months, copies in use every 6).</source>
        <translation>登记每份副本的存放位置和回读复检周期（封存副本每 12 个月，使用副本每 6 个月）。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="537" />
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="538" />
        <source>Re-check every (months)</source>
        <translation>复检周期（月）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="557" />
        <source>e.g. archive room, cabinet 3, shelf A</source>
        <translation>例如：档案室 3 号柜 A 层</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="588" />
        <source>Evidence discs (Art. 26)</source>
        <translation>证据光盘（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/disc_wizard.py" line="598" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
      <source>Type part of a case number, title or party and choose; several are separated by 、</source>
      <translation>输入案号、案件名称或当事人的任一部分并选择；多个案件以“、”分隔</translation>
    </message>
</context>
<context>
    <name>DiscsPage</name>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="78" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="79" />
        <source>Archive code</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="80" />
        <source>Disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="81" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="82" />
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="83" />
        <source>Copies</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="84" />
        <source>Next re-check</source>
        <translation>下次复检</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="85" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="105" />
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="124" />
        <source>Re-check disc {id}</source>
        <translation>复检光盘 {id}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="132" />
        <source>Image or stdio: file…</source>
        <translation>镜像或 stdio: 文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="134" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="140" />
        <location filename="../../../ui/archiving/discs_page.py" line="174" />
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="141" />
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="142" />
        <source>File</source>
        <translation>镜像文件</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="151" />
        <source>Image or burned copy</source>
        <translation>镜像或已刻录副本</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="162" />
        <source>Storage location — disc {id}</source>
        <translation>存放位置 — 光盘 {id}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="169" />
        <source>e.g. archive room, cabinet 3, shelf A</source>
        <translation>例如：档案室 3 号柜 A 层</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="175" />
        <source>Storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="176" />
        <source>Re-check every (months)</source>
        <translation>复检周期（月）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="199" />
        <source>Disc register</source>
        <translation>光盘登记</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="206" />
        <source>Evidence discs — copies, storage and periodic read-back checks (Art. 26)</source>
        <translation>证据光盘登记 — 副本、存放位置与定期回读复检（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="212" />
        <source>Only discs needing attention (failed, degrading, re-check due)</source>
        <translation>只显示需要处理的光盘（失败、读取下降、到期复检）</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="232" />
        <source>Select a disc to see its contents, digests and checks.</source>
        <translation>选择一张光盘，查看其内容、摘要值和检查记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="243" />
        <source>New disc set…</source>
        <translation>制作新光盘…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="249" />
        <source>Record re-check…</source>
        <translation>登记复检…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="252" />
        <source>Storage location…</source>
        <translation>存放位置…</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="255" />
        <source>Label PDF</source>
        <translation>光盘标签 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="260" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="301" />
        <source>{n} discs · failed {failed} · degrading {degraded} · re-check due {due}</source>
        <translation>共 {n} 张 · 失败 {failed} · 读取下降 {degraded} · 待复检 {due}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="343" />
        <source>Disc {id}: {code}, disc {n} of {count}, volume label {label}</source>
        <translation>光盘 {id}：档号 {code}，第 {n} 张 / 共 {count} 张，卷标 {label}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="346" />
        <source>Cases: {cases}</source>
        <translation>案件：{cases}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="347" />
        <source>Image: {path} ({size}), SHA-256 {sha}</source>
        <translation>镜像：{path}（{size}），SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="355" />
        <source>Copy {copy}: {health}; location {location}; burned {burned}; next re-check {due}</source>
        <translation>副本 {copy}：{health}；存放 {location}；刻录 {burned}；下次复检 {due}</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="365" />
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="370" />
        <source>Checks:</source>
        <translation>检查记录：</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="374" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="376" />
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/archiving/discs_page.py" line="383" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
</context>
<context>
    <name>archiving</name>
    <message>
        <location filename="../../../archive_core/archiving/archive_codes.py" line="25" />
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/archive_codes.py" line="26" />
        <location filename="../../../archive_core/archiving/archive_codes.py" line="28" />
        <source>30 years</source>
        <translation>30 年</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/archive_codes.py" line="27" />
        <location filename="../../../archive_core/archiving/archive_codes.py" line="29" />
        <source>10 years</source>
        <translation>10 年</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="49" />
        <source>Awaiting filing</source>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="50" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="51" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="52" />
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="53" />
        <source>Filed late</source>
        <translation>逾期归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="59" />
        <source>Not burned</source>
        <translation>未刻录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="60" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="61" />
        <source>Re-check due soon</source>
        <translation>即将复检</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="62" />
        <source>Re-check overdue</source>
        <translation>复检逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="63" />
        <source>Reads degrading</source>
        <translation>读取性能下降</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="64" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>image verified</source>
        <translation>镜像校验</translation>
    </message>
    <message>
        <source>burned and read back</source>
        <translation>刻录并回读</translation>
    </message>
    <message>
        <source>re-checked</source>
        <translation>复检</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
      <source>The image {image} reads back whole ({files} files checked), but it is not in the disc register: it is no registered evidence disc, so do not burn or archive it. Verify the registered image, or build the set again.</source>
      <translation>镜像 {image} 可完整读出（已校验 {files} 个文件），但不在光盘登记簿中：它不是已登记的证据光盘，请勿刻录或归档。请校验已登记的镜像，或重新制作该套光盘。</translation>
    </message>
    <message>
      <source>The image {image} is damaged, and it is not in the disc register:</source>
      <translation>镜像 {image} 已损坏，且不在光盘登记簿中：</translation>
    </message>
    <message>
      <source>Disc set {id} ({code}): {n} discs in {folder}.</source>
      <translation>光盘组 {id}（{code}）：共 {n} 张，位于 {folder}。</translation>
    </message>
    <message>
      <source>verified, {files} files</source>
      <translation>已校验，{files} 个文件</translation>
    </message>
    <message>
      <source>DAMAGED: {problems}</source>
      <translation>已损坏：{problems}</translation>
    </message>
    <message>
      <source>  disc {number} of {count}: {image} ({size:.1f} MB, {state})</source>
      <translation>  第 {number} 张，共 {count} 张：{image}（{size:.1f} MB，{state}）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="44" />
        <source>Filed {case_no} as volume {code} on {date}: {items} items.</source>
        <translation>案件 {case_no} 已于 {date} 立卷归档，档号 {code}，卷内 {items} 件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="47" />
        <source>Filed {days} days after the 30-day limit (Art. 26).</source>
        <translation>超过三十日归档期限 {days} 日（第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="60" />
        <source>{n} cases</source>
        <translation>共 {n} 个案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="64" />
        <source>due {due} ({days} days left)</source>
        <translation>期限 {due}（剩余 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="67" />
        <source>filed {date} as {code}</source>
        <translation>{date} 归档，档号 {code}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/volumes_cmd.py" line="77" />
        <source>Wrote the volume catalogue to {file}.</source>
        <translation>卷内目录已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="90" />
        <source>Archive code {code}; medium {medium}; {n} discs; copies {copies}.</source>
        <translation>档号 {code}；介质 {medium}；共 {n} 张光盘；副本 {copies}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="93" />
        <source>Disc {n} of {count} ({label}): {items} files, {size}</source>
        <translation>第 {n} 张，共 {count} 张（卷标 {label}）：{items} 个文件，{size}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="97" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="116" />
        <source>The image {image} is intact: {files} files checked.</source>
        <translation>镜像 {image} 完好：已校验 {files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="119" />
        <source>The image {image} is damaged; the disc is marked failed:</source>
        <translation>镜像 {image} 已损坏，该光盘已标记为失败：</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="144" />
        <source>Burned copy {copy} of disc {disc} to {drive} and read it back: identical. Next re-check {due}.</source>
        <translation>光盘 {disc} 的副本 {copy} 已刻录到 {drive} 并回读比对一致。下次复检：{due}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="152" />
        <source>{n} discs</source>
        <translation>共 {n} 张光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="167" />
        <source>Copy {copy} of disc {disc} reads back correctly. Next re-check {due}.</source>
        <translation>光盘 {disc} 的副本 {copy} 回读正确。下次复检：{due}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="168" />
        <source>Copy {copy} of disc {disc} does NOT read back correctly: {problem}</source>
        <translation>光盘 {disc} 的副本 {copy} 回读不正确：{problem}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="176" />
        <source>Copy {copy} of disc {disc} is kept at {location}.</source>
        <translation>光盘 {disc} 的副本 {copy} 存放于 {location}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="183" />
        <source>No optical drive was found.</source>
        <translation>未找到光盘刻录机。</translation>
    </message>
    <message>
        <source>Wrote the archival metadata to {file}.</source>
        <translation>档案元数据已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>disc_errors</name>
    <message>
        <location filename="../../../disc_burning/errors.py" line="18" />
        <source>The disc operation failed: {reason}</source>
        <translation>光盘操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="39" />
        <source>The disc request is invalid: {reason}</source>
        <translation>光盘制作请求无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="44" />
        <source>File {name} ({size}) is larger than the usable capacity of one {medium} disc ({capacity}).</source>
        <translation>文件 {name}（{size}）大于一张 {medium} 光盘的可用容量（{capacity}）。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="47" />
        <source>Choose a larger medium (DVD DL, BD, BD DL).</source>
        <translation>请选择容量更大的介质（DVD 双层、BD、BD 双层）。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="52" />
        <source>Disc {disc} image is {size}, more than the {medium} capacity {capacity}.</source>
        <translation>第 {disc} 张光盘的镜像为 {size}，超过 {medium} 的容量 {capacity}。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="55" />
        <source>Plan again with fewer files per disc or a larger medium.</source>
        <translation>请减少每张光盘的文件数或改用更大的介质后重新规划。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="60" />
        <source>Building the image {target} was cancelled; no image was kept.</source>
        <translation>镜像 {target} 的制作已取消，未保留任何镜像。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="65" />
        <source>Verifying the image {target} was cancelled; it is not verified.</source>
        <translation>镜像 {target} 的校验已取消，该镜像未经校验。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="70" />
        <source>Building the image {target} failed: {reason}</source>
        <translation>制作镜像 {target} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="71" />
        <source>Check that the source files exist and the target folder has free space.</source>
        <translation>请确认源文件存在且目标文件夹有足够空间。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="76" />
        <source>The image {path} cannot be read: {reason}</source>
        <translation>无法读取镜像 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="81" />
        <source>No optical drive was found.</source>
        <translation>未找到光盘刻录机。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="82" />
        <source>Connect a disc burner and check that this user may access it.</source>
        <translation>请连接刻录机，并确认当前系统用户有权访问该设备。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="87" />
        <source>The drive {drive} cannot be used: {reason}</source>
        <translation>刻录机 {drive} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="88" />
        <source>Check the drive is connected, closed and not used by another program.</source>
        <translation>请确认刻录机已连接、托盘已关闭且未被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="93" />
        <source>The drive {drive} holds no blank disc (status: {status}).</source>
        <translation>刻录机 {drive} 中没有空白光盘（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="94" />
        <source>Insert a blank, write-once disc and try again.</source>
        <translation>请放入一张空白的一次性刻录光盘后重试。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="99" />
        <source>The disc in {drive} has {free} free, the image needs {needed}.</source>
        <translation>{drive} 中的光盘剩余 {free}，镜像需要 {needed}。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="102" />
        <source>Insert a disc of the planned type ({medium}).</source>
        <translation>请放入规划时选定类型的光盘（{medium}）。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="107" />
        <source>Burning to {drive} failed: {reason}</source>
        <translation>刻录到 {drive} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="108" />
        <source>Discard this disc, insert a new blank disc and burn again.</source>
        <translation>请废弃这张光盘，放入新的空白光盘重新刻录。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="113" />
        <source>The disc in {drive} does not match the image: read {read} bytes with SHA-256 {got}, expected {expected} bytes with SHA-256 {want}.</source>
        <translation>{drive} 中的光盘与镜像不一致：读出 {read} 字节，SHA-256 为 {got}；应为 {expected} 字节，SHA-256 为 {want}。</translation>
    </message>
    <message>
        <location filename="../../../disc_burning/errors.py" line="117" />
        <source>Do not archive this disc; burn a new one.</source>
        <translation>请勿归档这张光盘，请重新刻录。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
      <source>The build was interrupted before it finished (the program was closed or stopped); nothing of it was registered or kept. Plan the discs and build them again.</source>
      <translation>光盘制作在完成前被中断（程序被关闭或终止），未登记也未保留任何结果。请重新规划并制作光盘。</translation>
    </message>
    <message>
      <source>drive or image file</source>
      <translation>光驱或镜像文件</translation>
    </message>
    <message>
      <source>Case {case_no} is filed {days} days after the 30-day limit (Art. 26).</source>
      <translation>案件 {case_no} 的归档晚于 30 日期限 {days} 天（第二十六条）。</translation>
    </message>
    <message>
      <source>Give the reason for the late filing in a few words; it is kept with the volume.</source>
      <translation>请用几句话说明逾期归档的原因；原因随案卷保存。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/archive_codes.py" line="62" />
        <source>the archive code format must give a short code of ASCII letters, digits and dashes</source>
        <translation>档号格式必须生成由英文字母、数字和连字符组成的简短代码</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="27" />
        <source>Case {case_no} cannot be filed: its enforcement action has not ended (Art. 26: file within 30 days after the action ends).</source>
        <translation>案件 {case_no} 不能归档：执法行为尚未终结（第二十六条：在执法行为终结之日起三十日内立卷归档）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="29" />
        <source>Record the date the action ended on the case first; nothing was filed.</source>
        <translation>请先在案件中登记执法行为终结日期；本次未归档任何内容。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="34" />
        <source>Case {case_no} is already filed as volume {archive_code}.</source>
        <translation>案件 {case_no} 已归档，档号 {archive_code}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="35" />
        <source>A filed volume is not filed again; open it to print its catalogue.</source>
        <translation>已归档的案卷不能重复归档；可打开该案卷打印卷内目录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="198" />
        <source>a case cannot be filed before its action ended</source>
        <translation>归档日期不能早于执法行为终结日期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/volumes.py" line="231" />
        <source>archive volume</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="48" />
        <source>Case {case_no} has no archive volume yet, so its discs would carry no archive code (Art. 26).</source>
        <translation>案件 {case_no} 尚未立卷归档，光盘将没有档号（第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="50" />
        <source>File the case as a volume first, then build its discs.</source>
        <translation>请先将案件立卷归档，再制作光盘。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="55" />
        <source>There is no evidence audio or video to put on disc for {cases}.</source>
        <translation>{cases} 没有可刻录的证据音像记录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="56" />
        <source>Ingest the recordings and link them to the case as evidence first.</source>
        <translation>请先导入音像记录并作为证据关联到案件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_sources.py" line="28" />
        <source>The evidence clip {name} of case {case_no} has no recording time, which Art. 26 requires on the disc.</source>
        <translation>案件 {case_no} 的证据音像 {name} 没有记录时间，而第二十六条要求光盘注明记录时间。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_sources.py" line="30" />
        <source>Enter the clip's recording time on the A/V page, then plan again.</source>
        <translation>请在音像记录页面填写该音像的记录时间，然后重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="68" />
        <source>The folder {folder} already holds an image named {name}; images are never overwritten.</source>
        <translation>文件夹 {folder} 中已有名为 {name} 的镜像；镜像不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="70" />
        <source>Choose an empty folder for the new disc set.</source>
        <translation>请为新的光盘组选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="71" />
        <source>Nothing was built. Plan the discs again and check the new plan before building it.</source>
        <translation>未制作任何光盘。请重新规划光盘，核对新的规划后再制作。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="77" />
        <source>The evidence of case {case_no} changed since the plan was shown: {changes} — plan again.</source>
        <translation>案件 {case_no} 的证据在显示规划后已变化：{changes}——请重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="92" />
        <source>The archive code or the agency name to go on the discs changed since the plan was shown — plan again.</source>
        <translation>光盘上的档号或机关名称在显示规划后已变化——请重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="96" />
        <source>{name} was added</source>
        <translation>新增了 {name}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="97" />
        <source>{name} is no longer among its evidence</source>
        <translation>{name} 已不再是本案证据</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="98" />
        <source>the {fields} of {name} changed</source>
        <translation>{name} 的{fields}已更改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="99" />
        <source>file content</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="100" />
        <source>recording time</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="104" />
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="105" />
        <source>matter recorded</source>
        <translation>记录事项</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="107" />
        <source>place</source>
        <translation>记录地点</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="108" />
        <source>method</source>
        <translation>记录方式</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="109" />
        <source>officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="110" />
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="111" />
        <source>case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="112" />
        <source>stage</source>
        <translation>执法环节</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="113" />
        <source>device</source>
        <translation>记录设备</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="114" />
        <source>confidentiality</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="177" />
        <source>copies are distinct single letters, e.g. A and B</source>
        <translation>副本用不同的单个字母表示，例如 A 和 B</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="183" />
        <source>make between 1 and 6 copies of each disc</source>
        <translation>每张光盘制作 1 至 6 份副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="219" />
        <source>name at least one case</source>
        <translation>请至少指定一个案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/discs.py" line="436" />
        <source>disc image</source>
        <translation>光盘镜像</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="70" />
        <source>Disc {disc} failed verification and must not be burned or archived.</source>
        <translation>光盘 {disc} 校验未通过，不得刻录或归档。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="71" />
        <source>Build the disc set again; keep the failed image for inspection.</source>
        <translation>请重新制作光盘组；失败的镜像保留备查。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="76" />
        <source>Disc {disc} has no copy {copy}.</source>
        <translation>光盘 {disc} 没有副本 {copy}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="77" />
        <source>Copies of this disc: {copies}.</source>
        <translation>该光盘的副本：{copies}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="82" />
        <source>Copy {copy} of disc {disc} is already burned and verified.</source>
        <translation>光盘 {disc} 的副本 {copy} 已刻录并校验。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="83" />
        <source>Choose another copy, or record a re-check of this one.</source>
        <translation>请选择其他副本，或登记该副本的复检。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="252" />
        <source>disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="337" />
        <source>say where the disc is kept</source>
        <translation>请填写光盘的存放位置</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="339" />
        <source>the re-check interval is 1 to 60 months</source>
        <translation>复检周期为 1 至 60 个月</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_register.py" line="380" />
        <source>this copy has not been burned yet</source>
        <translation>该副本尚未刻录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="15" />
        <source>The disc operation failed: {reason}</source>
        <translation>光盘操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="16" />
        <source>The disc request is invalid: {reason}</source>
        <translation>光盘制作请求无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="17" />
        <source>File {name} ({size}) is larger than the usable capacity of one {medium} disc ({capacity}).</source>
        <translation>文件 {name}（{size}）大于一张 {medium} 光盘的可用容量（{capacity}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="19" />
        <source>Choose a larger medium (DVD DL, BD, BD DL).</source>
        <translation>请选择容量更大的介质（DVD 双层、BD、BD 双层）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="20" />
        <source>Disc {disc} image is {size}, more than the {medium} capacity {capacity}.</source>
        <translation>第 {disc} 张光盘的镜像为 {size}，超过 {medium} 的容量 {capacity}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="21" />
        <source>Plan again with fewer files per disc or a larger medium.</source>
        <translation>请减少每张光盘的文件数或改用更大的介质后重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="22" />
        <source>Building the image {target} was cancelled; no image was kept.</source>
        <translation>镜像 {target} 的制作已取消，未保留任何镜像。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="23" />
        <source>Verifying the image {target} was cancelled; it is not verified.</source>
        <translation>镜像 {target} 的校验已取消，该镜像未经校验。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="24" />
        <source>Building the image {target} failed: {reason}</source>
        <translation>制作镜像 {target} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="25" />
        <source>Check that the source files exist and the target folder has free space.</source>
        <translation>请确认源文件存在且目标文件夹有足够空间。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="26" />
        <source>The image {path} cannot be read: {reason}</source>
        <translation>无法读取镜像 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="27" />
        <source>No optical drive was found.</source>
        <translation>未找到光盘刻录机。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="28" />
        <source>Connect a disc burner and check that this user may access it.</source>
        <translation>请连接刻录机，并确认当前系统用户有权访问该设备。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="29" />
        <source>Install xorriso (Debian: apt-get install xorriso).</source>
        <translation>请安装 xorriso（Debian：apt-get install xorriso）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="30" />
        <source>The drive {drive} cannot be used: {reason}</source>
        <translation>刻录机 {drive} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="31" />
        <source>Check the drive is connected, closed and not used by another program.</source>
        <translation>请确认刻录机已连接、托盘已关闭且未被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="32" />
        <source>The drive {drive} holds no blank disc (status: {status}).</source>
        <translation>刻录机 {drive} 中没有空白光盘（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="33" />
        <source>Insert a blank, write-once disc and try again.</source>
        <translation>请放入一张空白的一次性刻录光盘后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="34" />
        <source>The disc in {drive} has {free} free, the image needs {needed}.</source>
        <translation>{drive} 中的光盘剩余 {free}，镜像需要 {needed}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="35" />
        <source>Insert a disc of the planned type ({medium}).</source>
        <translation>请放入规划时选定类型的光盘（{medium}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="36" />
        <source>Burning to {drive} failed: {reason}</source>
        <translation>刻录到 {drive} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="37" />
        <source>Discard this disc, insert a new blank disc and burn again.</source>
        <translation>请废弃这张光盘，放入新的空白光盘重新刻录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="38" />
        <source>The disc in {drive} does not match the image: read {read} bytes with SHA-256 {got}, expected {expected} bytes with SHA-256 {want}.</source>
        <translation>{drive} 中的光盘与镜像不一致：读出 {read} 字节，SHA-256 为 {got}；应为 {expected} 字节，SHA-256 为 {want}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archiving/disc_errors.py" line="40" />
        <source>Do not archive this disc; burn a new one.</source>
        <translation>请勿归档这张光盘，请重新刻录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="131" />
        <source>registered disc image</source>
        <translation>已登记的光盘镜像</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/discs_cmd.py" line="142" />
        <source>every copy of this disc is already burned</source>
        <translation>该光盘的所有副本均已刻录</translation>
    </message>
    <message>
        <source>the retention code must be Y (permanent) or D and the years, e.g. D30 or D10 (DA/T 22)</source>
        <translation>保管期限代码须为 Y（永久）或 D 加年数，如 D30、D10（DA/T 22）</translation>
    </message>
    <message>
        <source>the archive code format must contain {seq} and may use only {fonds}, {category}, {year}, {retention}</source>
        <translation>档号格式必须包含 {seq}，且只能使用 {fonds}、{category}、{year}、{retention}</translation>
    </message>
    <message>
        <source>The metadata XML {name} is not valid against the archival metadata schema: {problem}</source>
        <translation>元数据 XML {name} 不符合档案元数据规范（XSD）：{problem}</translation>
    </message>
    <message>
        <source>Metadata must not be edited by hand; write it again from the catalogue. Nothing was accepted.</source>
        <translation>元数据不得手工修改，请从目录重新生成。未接受任何内容。</translation>
    </message>
    <message>
        <source>text record</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <source>A/V record</source>
        <translation>音像记录</translation>
    </message>
    <message>
        <source>disc medium</source>
        <translation>光盘介质</translation>
    </message>
    <message>
        <source>Case {case_no} still has {count} compliance findings.</source>
        <translation>案件 {case_no} 仍有 {count} 项合规问题。</translation>
    </message>
    <message>
        <source>Correct them first, or give in a few words why the case is filed as it is; the reason is kept in the audit trail.</source>
        <translation>请先更正，或简要说明按现状归档的理由；理由将记入审计记录。</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>archive volumes (案卷): filing within 30 days, archive codes, catalogues</source>
        <translation>案卷：30 日内归档、档号、卷内目录</translation>
    </message>
    <message>
        <source>file a case whose enforcement action has ended</source>
        <translation>将执法行为已终结的案件归档</translation>
    </message>
    <message>
        <source>cases whose action has ended, with their filing deadline</source>
        <translation>执法行为已终结的案件及其归档期限</translation>
    </message>
    <message>
        <source>write the volume catalogue (卷内目录) as PDF</source>
        <translation>生成卷内目录 PDF</translation>
    </message>
    <message>
        <source>fonds number (全宗号); default from the agency settings</source>
        <translation>全宗号；默认取自机关设置</translation>
    </message>
    <message>
        <source>retention code, e.g. Y (permanent), Y30, Y10</source>
        <translation>保管期限代码，如 Y（永久）、Y30、Y10</translation>
    </message>
    <message>
        <source>filing date YYYY-MM-DD (default today)</source>
        <translation>归档日期 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>why the filing is later than 30 days</source>
        <translation>超过 30 日归档的原因</translation>
    </message>
    <message>
        <source>not filed, due within 7 days or overdue</source>
        <translation>未归档、7 日内到期或已逾期</translation>
    </message>
    <message>
        <source>not filed, past the 30 days</source>
        <translation>未归档、已超过 30 日</translation>
    </message>
    <message>
        <source>case number or archive code</source>
        <translation>案号或档号</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>evidence discs (Art. 26): plan, build, verify, burn, list, recheck, locate</source>
        <translation>证据光盘（第二十六条）：规划、制作、校验、刻录、列出、复检、存放位置</translation>
    </message>
    <message>
        <source>how a case's evidence A/V falls onto discs (n of N)</source>
        <translation>案件证据音像如何分布到各张光盘（第 n 张，共 N 张）</translation>
    </message>
    <message>
        <source>build and verify the images of a disc set, with labels and catalogues</source>
        <translation>制作并校验一套光盘的镜像，附标签和目录</translation>
    </message>
    <message>
        <source>check an image: its bag, and the registered digest</source>
        <translation>校验镜像：其数据包和登记的摘要</translation>
    </message>
    <message>
        <source>burn a verified image to a drive and read it back</source>
        <translation>将已校验的镜像刻录到光驱并回读</translation>
    </message>
    <message>
        <source>the disc register: every disc and copy, where it is kept, its re-checks</source>
        <translation>光盘登记：每张光盘及其副本、存放位置、复检情况</translation>
    </message>
    <message>
        <source>read a copy back and compare it with its image digest</source>
        <translation>回读一份副本并与镜像摘要比对</translation>
    </message>
    <message>
        <source>record where a copy is kept</source>
        <translation>登记副本的存放位置</translation>
    </message>
    <message>
        <source>optical drives of this machine</source>
        <translation>本机的光驱</translation>
    </message>
    <message>
        <source>case (repeatable)</source>
        <translation>案件（可重复）</translation>
    </message>
    <message>
        <source>cd, dvd, dvd_dl, bd or bd_dl (default dvd)</source>
        <translation>cd、dvd、dvd_dl、bd 或 bd_dl（默认 dvd）</translation>
    </message>
    <message>
        <source>copies of each disc (default 2: A sealed, B in use)</source>
        <translation>每张光盘的份数（默认 2：A 封存，B 使用）</translation>
    </message>
    <message>
        <source>folder for the images (DIR)</source>
        <translation>存放镜像的文件夹（DIR）</translation>
    </message>
    <message>
        <source>e.g. /dev/sr0, or stdio:/path/file</source>
        <translation>如 /dev/sr0 或 stdio:/路径/文件</translation>
    </message>
    <message>
        <source>copy letter (default: the first copy not yet burned)</source>
        <translation>副本字母（默认：第一份尚未刻录的副本）</translation>
    </message>
    <message>
        <source>only discs with a failed, degrading or due copy</source>
        <translation>只列有副本失败、读取变差或到期复检的光盘</translation>
    </message>
    <message>
        <source>the drive holding the copy</source>
        <translation>放有该副本的光驱</translation>
    </message>
    <message>
        <source>an image file (stdio:/path as for a drive is accepted too)</source>
        <translation>镜像文件（也接受光驱写法 stdio:/路径）</translation>
    </message>
    <message>
        <source>e.g. 档案室 3 号柜 A 层</source>
        <translation>如 档案室 3 号柜 A 层</translation>
    </message>
    <message>
        <source>read-back interval in months</source>
        <translation>回读间隔（月）</translation>
    </message>
    <message>
        <source>retention code, e.g. Y (permanent), Y30, Y10 (default: from the retention schedule)</source>
        <translation>保管期限代码，如 Y（永久）、Y30、Y10（默认：按保管期限表）</translation>
    </message>
    <message>
        <source>why the case is filed while compliance findings are still open (audited)</source>
        <translation>案件仍有合规问题时归档的理由（记入审计）</translation>
    </message>
    <message>
        <source>write the volume's archival metadata (DA/T 46 / DA/T 63) as XML</source>
        <translation>将案卷的档案元数据（DA/T 46 / DA/T 63）写为 XML</translation>
    </message>
    <message>
        <source>why to file although four-properties checks failed</source>
        <translation>四性检测未通过仍予归档的理由</translation>
    </message>
    <message>
        <source>check one volume</source>
        <translation>检测一个案卷</translation>
    </message>
    <message>
        <source>check every filed volume</source>
        <translation>检测全部已归档案卷</translation>
    </message>
    <message>
        <source>archive code or case number</source>
        <translation>档号或案号</translation>
    </message>
    <message>
        <source>write the filed volumes of a year as a signed BagIt package</source>
        <translation>将一年已归档的案卷写成签名的 BagIt 档案包</translation>
    </message>
    <message>
        <source>check a package and read it in when every check passes</source>
        <translation>检测档案包，全部检测通过后接收</translation>
    </message>
    <message>
        <source>write this workstation's public key for the receiving archive</source>
        <translation>为接收单位导出本工作站的公钥</translation>
    </message>
    <message>
        <source>the sending archives whose keys are trusted</source>
        <translation>已信任其密钥的移交单位</translation>
    </message>
    <message>
        <source>only this volume (repeatable)</source>
        <translation>只移交此案卷（可重复）</translation>
    </message>
    <message>
        <source>the receiving archive</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>a new folder, or FILE.iso for a disc image</source>
        <translation>新文件夹，或光盘映像文件 FILE.iso</translation>
    </message>
    <message>
        <source>the package folder, or its disc image (.iso)</source>
        <translation>档案包文件夹，或其光盘映像（.iso）</translation>
    </message>
    <message>
        <source>run the receipt checks, read nothing in</source>
        <translation>只运行接收检测，不接收任何内容</translation>
    </message>
    <message>
        <source>trust a sender's key file (security administrator)</source>
        <translation>信任移交单位的密钥文件（安全管理员）</translation>
    </message>
    <message>
        <source>the trusted senders</source>
        <translation>已信任的移交单位</translation>
    </message>
    <message>
        <source>the sending archive's name</source>
        <translation>移交单位名称</translation>
    </message>
</context>
</TS>