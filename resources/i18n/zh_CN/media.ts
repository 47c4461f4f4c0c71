<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EvidencePage</name>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="66" />
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="68" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="70" />
      <source>Officer or certificate no.</source>
      <translation>执法人员或执法证号</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="71" />
      <source>Recorded</source>
      <translation>录制时间</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="78" />
      <source>Any deadline state</source>
      <translation>全部时限状态</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="83" />
      <source>All clips</source>
      <translation>全部音像</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="84" />
      <source>Evidence only</source>
      <translation>仅证据</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="85" />
      <source>Not evidence</source>
      <translation>非证据</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="86" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="111" />
      <source>Select a recording.</source>
      <translation>请选择一条音像记录。</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="116" />
      <source>Play…</source>
      <translation>播放…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="118" />
      <source>Link to case…</source>
      <translation>关联案件…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="120" />
      <source>Tags…</source>
      <translation>标注…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="122" />
      <source>Use as evidence</source>
      <translation>作为证据</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="161" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="165" />
      <source>Recorded {when}, {length}; device {device}; officers {officers}</source>
      <translation>录制于 {when}，时长 {length}；设备 {device}；执法人员 {officers}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="167" />
      <source>Case {case}, stage {stage}</source>
      <translation>案件 {case}，环节 {stage}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="169" />
      <source>24-hour clock (Art. 24): {clock}</source>
      <translation>24小时时限（第二十四条）：{clock}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="173" />
      <source>Damaged: {reason}</source>
      <translation>已损坏：{reason}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="198" />
      <source>Integrity alarm</source>
      <translation>完整性告警</translation>
    </message>
  </context>
  <context>
    <name>IngestPage</name>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="65" />
      <source>Recordings are stored in the vault within 24 hours of recording (Art. 24). Files are taken once complete; the source is kept unless the agency decides otherwise.</source>
      <translation>音像记录应在录制后24小时内存储（第二十四条）。文件写入完成后才会导入；除非本机关另行决定，源文件予以保留。</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="74" />
      <source>Dock folders</source>
      <translation>采集站文件夹</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="77" />
      <source>USB or network folder (poll)</source>
      <translation>U盘或网络文件夹（轮询）</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="80" />
      <source>Add folder…</source>
      <translation>添加文件夹…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="82" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="87" />
      <location filename="../../../ui/pages/ingest_page.py" line="199" />
      <location filename="../../../ui/pages/ingest_page.py" line="206" />
      <source>Start watching</source>
      <translation>开始监视</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="91" />
      <source>Ingest files…</source>
      <translation>导入文件…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="94" />
      <source>Retry failed</source>
      <translation>重试失败项</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="132" />
      <source>  (poll)</source>
      <translation>  （轮询）</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="146" />
      <source>Stored {done} · duplicates {dup} · waiting {queued} · copying {busy} · failed {failed} · refused {rejected}</source>
      <translation>已存储 {done} · 重复 {dup} · 等待 {queued} · 复制中 {busy} · 失败 {failed} · 拒收 {rejected}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="159" />
      <source>Dock folder</source>
      <translation>采集站文件夹</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="184" />
      <source>Add a dock folder first.</source>
      <translation>请先添加采集站文件夹。</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="191" />
      <source>Stop watching</source>
      <translation>停止监视</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="211" />
      <source>Recordings to ingest</source>
      <translation>要导入的音像文件</translation>
    </message>
  </context>
  <context>
    <name>LinkDialog</name>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="62" />
      <source>Link to a case (Art. 19)</source>
      <translation>关联案件（第十九条）</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="71" />
      <source>e.g. 9.2 (optional)</source>
      <translation>例如 9.2（可选）</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="72" />
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="73" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="74" />
      <source>Checklist item</source>
      <translation>记录事项</translation>
    </message>
  </context>
  <context>
    <name>PurposeDialog</name>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="33" />
      <source>Purpose of use</source>
      <translation>使用目的</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="35" />
      <source>Why is {name} exported?</source>
      <translation>为何导出 {name}？</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="35" />
      <source>Why is {name} played?</source>
      <translation>为何播放 {name}？</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="36" />
      <source>The purpose is recorded in the audit trail (Art. 24: no leaking; Art. 25: privacy).</source>
      <translation>使用目的将记入审计日志（第二十四条：不得泄露；第二十五条：个人隐私）。</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="42" />
      <source>Case review</source>
      <translation>案件审核</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="42" />
      <source>Legal review</source>
      <translation>法制审核</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="42" />
      <source>Hearing preparation</source>
      <translation>听证准备</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="43" />
      <source>Transfer to the court or procuratorate</source>
      <translation>移送法院或检察机关</translation>
    </message>
  </context>
  <context>
    <name>TagDialog</name>
    <message>
      <location filename="../../../ui/evidence_dialogs.py" line="87" />
      <source>A/V items (Art. 21, 22)</source>
      <translation>音像记录事项（第二十一条、第二十二条）</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="158" />
      <source>stored {path} as A/V record {id}</source>
      <translation>已存储 {path}，音像记录 {id}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="160" />
      <source> — DAMAGED ({damage}), kept as evidence</source>
      <translation> —— 已损坏（{damage}），作为证据保存</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="162" />
      <source>{path} is already stored (A/V record {id}): linked, not stored twice</source>
      <translation>{path} 已存储（音像记录 {id}）：已关联，未重复存储</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="204" />
      <source>No dock folders: name them, or add them with 'media dock add'.</source>
      <translation>没有采集站文件夹：请指定，或用“media dock add”添加。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="223" />
      <source>Watching {docks}. Stop with Ctrl+C.</source>
      <translation>正在监视 {docks}。按 Ctrl+C 停止。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="227" />
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="245" />
      <source>No A/V records.</source>
      <translation>没有音像记录。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="264" />
      <source>A/V record {id} linked to {case}, stage {stage}.</source>
      <translation>音像记录 {id} 已关联到 {case}，环节 {stage}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="278" />
      <source>Tags of A/V record {id}: {tags}</source>
      <translation>音像记录 {id} 的标注：{tags}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="286" />
      <source>A/V record {id} updated.</source>
      <translation>音像记录 {id} 已更新。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="298" />
      <source>UNEXPLAINED</source>
      <translation>未说明</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="300" />
      <source>voice note at {s:.1f} s</source>
      <translation>语音说明位于 {s:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="302" />
      <source>written, signed by {who}</source>
      <translation>书面说明，签名：{who}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="310" />
      <source>No interruptions.</source>
      <translation>没有中断。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="324" />
      <source>Exported to {path}.</source>
      <translation>已导出到 {path}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="333" />
      <source>No evidence clips.</source>
      <translation>没有证据音像。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="348" />
      <source>The queue is empty.</source>
      <translation>队列为空。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="354" />
      <source>{n} entries queued again.</source>
      <translation>{n} 项已重新排队。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/media_cmd.py" line="366" />
      <source>No dock folders.</source>
      <translation>没有采集站文件夹。</translation>
    </message>
    <message>
      <source>A/V record {id} is marked as evidence.</source>
      <translation>音像记录 {id} 已标记为证据。</translation>
    </message>
    <message>
      <source>A/V record {id} is not evidence.</source>
      <translation>音像记录 {id} 不作为证据。</translation>
    </message>
    <message>
      <source>due</source>
      <translation>截止</translation>
    </message>
    <message>
      <source>ingested</source>
      <translation>存储于</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../archive_core/ingest.py" line="57" />
      <source>{name} disappeared before it could be copied.</source>
      <translation>{name} 在复制前已消失。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="58" />
      <source>Dock the device again; the queue entry can be retried.</source>
      <translation>请重新连接设备；该队列项可以重试。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="59" />
      <source>{name} changed while it was being copied: it is still being written.</source>
      <translation>{name} 在复制过程中发生变化：文件仍在写入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="60" />
      <source>Nothing was stored. It is ingested once the device has finished writing it.</source>
      <translation>未存储任何内容。设备写入完成后将自动导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="62" />
      <source>The vault copy of {name} does not match what was read.</source>
      <translation>{name} 在存储库中的副本与读取内容不一致。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="63" />
      <source>Check the vault disk; retry the ingest.</source>
      <translation>请检查存储库磁盘，然后重试导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="64" />
      <source>{name} cannot be read: {reason}.</source>
      <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="65" />
      <source>Check the file's permissions or the card reader, then retry.</source>
      <translation>请检查文件权限或读卡器，然后重试。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="340" />
      <source>Another worker took over {name}.</source>
      <translation>{name} 已由其他工作进程接管。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest.py" line="452" />
      <source>Unknown stage {stage}.</source>
      <translation>未知环节 {stage}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="45" />
      <source>{name} is a symbolic link; links are not followed.</source>
      <translation>{name} 是符号链接；不跟随链接导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="46" />
      <source>Ingest the file the link points to, from the device's own folder.</source>
      <translation>请从设备自身的文件夹导入链接所指向的文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="47" />
      <source>{name} is not a regular file.</source>
      <translation>{name} 不是普通文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="48" />
      <source>Only recordings (files) are ingested.</source>
      <translation>只导入音像文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="49" />
      <source>{name} is empty (0 bytes): there is nothing to store.</source>
      <translation>{name} 为空（0 字节）：没有可存储的内容。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="50" />
      <source>The export from the device failed: dock the device again. The empty file is left where it is.</source>
      <translation>设备导出失败：请重新连接设备。空文件保留在原处。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="52" />
      <source>{name}: no such file.</source>
      <translation>{name}：文件不存在。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/ingest_queue.py" line="53" />
      <source>Check the path; the card may have been removed.</source>
      <translation>请检查路径；存储卡可能已被拔出。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="46" />
      <source>The vault copy of {name} no longer matches its recorded digest: playback refused.</source>
      <translation>{name} 在存储库中的副本与登记的摘要值不一致：拒绝播放。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="48" />
      <source>The alarm is in the audit trail. Tell the security auditor; restore the recording from its evidence disc.</source>
      <translation>告警已记入审计日志。请通知安全审计员，并从证据光盘恢复该记录。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="55" />
      <source>{name} is stored as damaged and cannot be played: {reason}</source>
      <translation>{name} 已作为损坏文件存储，无法播放：{reason}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="56" />
      <source>Export it for a forensic specialist; the stored bytes are kept unchanged.</source>
      <translation>可导出交由技术鉴定人员处理；存储内容保持不变。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="317" />
      <source>an evidence clip stays with its case; clear the evidence mark first</source>
      <translation>证据音像须保留在其案件中；请先取消证据标记</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="359" />
      <source>link the clip to a case before marking it as evidence</source>
      <translation>标记为证据前请先关联案件</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="408" />
      <source>a time without a time zone was given</source>
      <translation>给出的时间没有时区</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="415" />
      <source>the return cannot be before the end of the recording</source>
      <translation>返回时间不能早于录制结束时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="540" />
      <source>say why the recording is opened (Art. 24: every use is logged with its purpose)</source>
      <translation>请说明调阅目的（第二十四条：每次使用均记录目的）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media.py" line="593" />
      <source>the export folder does not exist</source>
      <translation>导出文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_settings.py" line="126" />
      <source>the dock folder does not exist</source>
      <translation>采集站文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_settings.py" line="127" />
      <source>Mount the card reader or docking station share first, then add its folder.</source>
      <translation>请先挂载读卡器或采集站共享目录，再添加其文件夹。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_settings.py" line="187" />
      <source>an A/V item needs a code and a name</source>
      <translation>音像记录事项需要代码和名称</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="125" />
      <source>give either a voice-note time or signers, not both</source>
      <translation>请给出语音说明时间或签名人员，二者只能选其一</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="131" />
      <source>a written explanation must be signed by at least two officers (Art. 23)</source>
      <translation>书面说明须由两名以上执法人员签名（第二十三条）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="134" />
      <source>a written explanation needs its text</source>
      <translation>书面说明需要填写内容</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="144" />
      <source>these two clips have no interruption between them to explain</source>
      <translation>这两段音像之间没有需要说明的中断</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="147" />
      <source>the voice note must lie within the clip after the interruption</source>
      <translation>语音说明必须位于中断后的那段音像内</translation>
    </message>
    <message>
      <location filename="../../../archive_core/interruptions.py" line="150" />
      <source>this interruption is already explained</source>
      <translation>该中断已有说明</translation>
    </message>
  </context>
  <context>
    <name>media</name>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="28" />
      <source>On time</source>
      <translation>按时</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="29" />
      <source>On time (exception)</source>
      <translation>按时（例外情形）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="30" />
      <source>Late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="31" />
      <source>Waiting</source>
      <translation>等待中</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="32" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="33" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/media_deadline.py" line="34" />
      <source>Time unknown</source>
      <translation>时间未知</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/ingest_page.py" line="49" />
      <source>Ingest monitor</source>
      <translation>音像导入监控</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/evidence_page.py" line="51" />
      <source>A/V evidence</source>
      <translation>音像证据</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="36" />
      <source>Queued</source>
      <translation>排队中</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="37" />
      <source>Copying</source>
      <translation>复制中</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="38" />
      <source>Stored</source>
      <translation>已存储</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="39" />
      <source>Already stored (linked)</source>
      <translation>已存储（已关联）</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="40" />
      <source>Failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="41" />
      <source>Refused</source>
      <translation>拒收</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="53" />
      <source>due {time}</source>
      <translation>截止 {time}</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="66" />
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="66" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="66" />
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="66" />
      <source>24-hour clock (Art. 24)</source>
      <translation>24小时时限（第二十四条）</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="66" />
      <source>Reason / note</source>
      <translation>原因 / 备注</translation>
    </message>
    <message>
      <location filename="../../../ui/ingest_models.py" line="112" />
      <location filename="../../../ui/evidence_models.py" line="88" />
      <source>damaged</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="27" />
      <source>Initiation</source>
      <translation>程序启动</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="27" />
      <source>Investigation</source>
      <translation>调查取证</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="28" />
      <source>Decision</source>
      <translation>审查决定</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="28" />
      <source>Service and execution</source>
      <translation>送达执行</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Recorded</source>
      <translation>录制时间</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Length</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="47" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="48" />
      <source>24-hour clock</source>
      <translation>24小时时限</translation>
    </message>
    <message>
      <location filename="../../../ui/evidence_models.py" line="48" />
      <location filename="../../../ui/evidence_models.py" line="104" />
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
  </context>
  <context>
    <name>compliance</name>
    <message>
      <source>A/V records are stored within 24 hours of recording (or of the return to the agency)</source>
      <translation>音像记录在录制后（或返回单位后）24小时内存储</translation>
    </message>
    <message>
      <source>A/V record {name} was stored {hours} h after its 24-hour deadline (recorded until {ended}, stored {ingested}).</source>
      <translation>音像记录 {name} 超过24小时时限 {hours} 小时后才存储（录制至 {ended}，存储于 {ingested}）。</translation>
    </message>
    <message>
      <source>Record the reason in the case file; if the officers were on continuous, off-site or remote-area enforcement, record the exception with their return time.</source>
      <translation>请在案卷中记录原因；如属连续执法、异地执法或偏远地区执法，请登记例外情形及返回单位时间。</translation>
    </message>
    <message>
      <source>Every interruption of recording is explained by voice or in writing signed by two officers</source>
      <translation>每次记录中断均有语音说明或两名执法人员签名的书面说明</translation>
    </message>
    <message>
      <source>Recording on device {device} stopped for {minutes} min between {before} and {after} ({start} – {end}) with no explanation.</source>
      <translation>设备 {device} 在 {before} 与 {after} 之间中断记录 {minutes} 分钟（{start} – {end}），没有说明。</translation>
    </message>
    <message>
      <source>Record the voice explanation's time in the next clip, or a written explanation signed by at least two officers.</source>
      <translation>请登记下一段音像中语音说明的时间，或由两名以上执法人员签名的书面说明。</translation>
    </message>
    <message>
      <source>A/V records linked to a case can be played</source>
      <translation>关联案件的音像记录能够播放</translation>
    </message>
    <message>
      <source>A/V record {name} is damaged and cannot be played.</source>
      <translation>音像记录 {name} 已损坏，无法播放。</translation>
    </message>
    <message>
      <source>Copy it again from the device if it still holds it; otherwise record the damage in the case file.</source>
      <translation>如设备中仍有该文件，请重新复制；否则在案卷中记录损坏情况。</translation>
    </message>
  </context>
</TS>