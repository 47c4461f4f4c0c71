<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>DetailsDialog</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="222" />
      <source>Details of the recording (Art. 26)</source>
      <translation>音像记录著录信息（第二十六条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="225" />
      <source>Recorded {start} – {end}</source>
      <translation>录制时间 {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="230" />
      <source>e.g. on-site inspection of unlicensed fireworks sales</source>
      <translation>例如：现场检查无证经营烟花爆竹</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="232" />
      <source>Address or venue</source>
      <translation>地址或场所</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="237" />
      <source>How it was recorded</source>
      <translation>记录方式</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="244" />
      <source>State secret</source>
      <translation>国家秘密</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="247" />
      <source>State secrets do not belong in this system (Art. 25). Privacy and commercial secrets can be opened only by roles allowed to.</source>
      <translation>涉及国家秘密的材料不得录入本系统（第二十五条）。涉及个人隐私、商业秘密的记录仅限有权限的角色打开。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="251" />
      <source>Matter recorded</source>
      <translation>记录事由</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="252" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="253" />
      <source>Method</source>
      <translation>记录方式</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="254" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="255" />
      <source>Confidentiality</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>As its case ({level})</source>
      <translation>随案件（{level}）</translation>
    </message>
    <message>
      <source>As its case</source>
      <translation>随案件</translation>
    </message>
    <message>
      <source>Default ({level})</source>
      <translation>默认（{level}）</translation>
    </message>
  </context>
  <context>
    <name>EvidencePage</name>
    <message>
      <source>Not linked to a case</source>
      <translation>未关联案件</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="74" />
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="76" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="78" />
      <source>Officer or certificate no.</source>
      <translation>执法人员或执法证号</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="79" />
      <source>Recorded</source>
      <translation>录制时间</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="86" />
      <source>Any deadline state</source>
      <translation>全部时限状态</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="91" />
      <source>All clips</source>
      <translation>全部音像</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="92" />
      <source>Evidence only</source>
      <translation>仅证据</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="93" />
      <source>Not evidence</source>
      <translation>非证据</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="94" />
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="121" />
      <source>Select a recording.</source>
      <translation>请选择一条音像记录。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="126" />
      <source>Play…</source>
      <translation>播放…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="128" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="129" />
      <source>Copy the recording out of the vault; the purpose is logged (Art. 24, 25)</source>
      <translation>从存储库复制导出该音像记录，使用目的记入审计日志（第二十四条、第二十五条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="132" />
      <source>Link to case…</source>
      <translation>关联案件…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="134" />
      <source>Tags…</source>
      <translation>标注…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="136" />
      <source>Use as evidence</source>
      <translation>作为证据</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="139" />
      <source>Details…</source>
      <translation>著录信息…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="140" />
      <source>Matter recorded, place, method, officers and confidentiality (Art. 26)</source>
      <translation>记录事由、地点、方式、执法人员和密级（第二十六条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="143" />
      <location filename="../../../ui/av/records_page.py" line="239" />
      <source>Deadline exception…</source>
      <translation>时限例外…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="144" />
      <source>Continuous or off-site enforcement, remote areas: the 24 hours run from the return to the agency (Art. 24)</source>
      <translation>连续执法、异地执法或偏远地区执法：24小时时限自返回单位时起算（第二十四条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="147" />
      <source>Interruptions…</source>
      <translation>记录中断…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="148" />
      <source>Gaps between clips of one device in this case and their explanations (Art. 23)</source>
      <translation>本案同一设备相邻音像之间的记录中断及其说明（第二十三条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="198" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="202" />
      <source>Recorded {when}, {length}; device {device}; officers {officers}</source>
      <translation>录制于 {when}，时长 {length}；设备 {device}；执法人员 {officers}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="204" />
      <source>Case {case}, stage {stage}</source>
      <translation>案件 {case}，环节 {stage}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="206" />
      <source>24-hour clock (Art. 24): {clock}</source>
      <translation>24小时时限（第二十四条）：{clock}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="210" />
      <source>Exception: {kind}, back at the agency {time}</source>
      <translation>例外情形：{kind}，返回单位时间 {time}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="212" />
      <source>Matter: {matter}; place: {place}; method: {method}; confidentiality: {level}</source>
      <translation>事由：{matter}；地点：{place}；方式：{method}；密级：{level}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="216" />
      <source>Damaged: {reason}</source>
      <translation>已损坏：{reason}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="238" />
      <source>Deadline exception ({n})…</source>
      <translation>时限例外（{n} 段）…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="256" />
      <location filename="../../../ui/av/records_page.py" line="425" />
      <source>Integrity alarm</source>
      <translation>完整性告警</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="399" />
      <source>Export {name} to</source>
      <translation>将 {name} 导出到</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="409" />
      <source>Checking and exporting {name}…</source>
      <translation>正在校验并导出 {name}…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="417" />
      <source>Exported to {path}. The export and its purpose are in the audit trail.</source>
      <translation>已导出到 {path}。本次导出及其使用目的已记入审计日志。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="423" />
      <source>Not exported.</source>
      <translation>未导出。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="427" />
      <source>Could not export</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <source>Recording time…</source>
      <translation>录制时间…</translation>
    </message>
    <message>
      <source>Set the recording time by hand when the file does not give it (Art. 24, 26)</source>
      <translation>文件未给出录制时间时人工设置（第二十四条、第二十六条）</translation>
    </message>
    <message>
      <source>Recording time: {source}</source>
      <translation>录制时间：{source}</translation>
    </message>
    <message>
        <source>{name} is playing in the player window, for: {purpose}. While you are signed in this purpose is not asked again for this recording; every viewing is in the audit trail.</source>
        <translation>{name} 正在播放窗口中播放，查看目的：{purpose}。本次登录期间再次播放此录像不再询问目的；每次查看均记入审计日志。</translation>
    </message>
  </context>
  <context>
    <name>ExceptionDialog</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="311" />
      <source>Deadline exception (Art. 24)</source>
      <translation>存储时限例外（第二十四条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="314" />
      <source>Recordings: {n}</source>
      <translation>音像记录：{n} 段</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="319" />
      <source>ended {end}; {clock}</source>
      <translation>录制结束于 {end}；{clock}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="320" />
      <source>time unknown</source>
      <translation>时间不详</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="334" />
      <source>e.g. enforcement in Baoding, back at the agency the next morning</source>
      <translation>例如：赴保定异地执法，次日上午返回单位</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="341" />
      <source>Exception</source>
      <translation>例外情形</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="342" />
      <source>Returned to the agency</source>
      <translation>返回单位时间</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="343" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="345" />
      <source>The 24 hours for storing the recordings then run from the return to the agency (Art. 24).</source>
      <translation>上述音像记录的24小时存储时限自返回单位时起算（第二十四条）。</translation>
    </message>
  </context>
  <context>
    <name>ExplainDialog</name>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="288" />
      <source>Explain an interruption (Art. 23)</source>
      <translation>记录中断说明（第二十三条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="291" />
      <source>&lt;b&gt;{device}&lt;/b&gt;: recording stopped {start} and resumed {end} ({length}).&lt;br&gt;Before: {before}&lt;br&gt;After: {after}</source>
      <translation>&lt;b&gt;{device}&lt;/b&gt;：{start} 停止录制，{end} 恢复录制（中断 {length}）。&lt;br&gt;中断前：{before}&lt;br&gt;中断后：{after}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="299" />
      <source>The officer explained it by voice on resuming</source>
      <translation>执法人员在恢复录制时已作语音说明</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="300" />
      <source>In writing: recording could not continue</source>
      <translation>书面说明：确实无法继续录制</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="313" />
      <source>Where the explanation starts in the later clip, which runs {length}.</source>
      <translation>语音说明在后一段音像中的开始时间（后一段音像时长 {length}）。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="317" />
      <source>At (mm:ss)</source>
      <translation>时间（分:秒）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="325" />
      <source>Why recording stopped and why it could not continue</source>
      <translation>中断原因及无法继续录制的原因</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="328" />
      <source>Explanation</source>
      <translation>书面说明</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="329" />
      <source>Signed by (two or more)</source>
      <translation>签名人员（两名以上）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="354" />
      <source>Enter the time as minutes:seconds, e.g. 01:05.</source>
      <translation>请按“分:秒”输入时间，例如 01:05。</translation>
    </message>
  </context>
  <context>
    <name>IngestPage</name>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="65" />
      <source>Recordings are stored in the vault within 24 hours of recording (Art. 24). Files are taken once complete; the source is kept unless the agency decides otherwise.</source>
      <translation>音像记录应在录制后24小时内存储（第二十四条）。文件写入完成后才会导入；除非本机关另行决定，源文件予以保留。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="74" />
      <source>Dock folders</source>
      <translation>采集站文件夹</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="77" />
      <source>USB or network folder (poll)</source>
      <translation>U盘或网络文件夹（轮询）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="80" />
      <source>Add folder…</source>
      <translation>添加文件夹…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="82" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="87" />
      <location filename="../../../ui/av/ingest_page.py" line="203" />
      <location filename="../../../ui/av/ingest_page.py" line="210" />
      <source>Start watching</source>
      <translation>开始监视</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="91" />
      <source>Ingest files…</source>
      <translation>导入文件…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="94" />
      <source>Retry failed</source>
      <translation>重试失败项</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="132" />
      <source>  (poll)</source>
      <translation>  （轮询）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="146" />
      <source>Stored {done} · duplicates {dup} · waiting {queued} · copying {busy} · failed {failed} · refused {rejected}</source>
      <translation>已存储 {done} · 重复 {dup} · 等待 {queued} · 复制中 {busy} · 失败 {failed} · 拒收 {rejected}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="163" />
      <source>Dock folder</source>
      <translation>采集站文件夹</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="188" />
      <source>Add a dock folder first.</source>
      <translation>请先添加采集站文件夹。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="195" />
      <source>Stop watching</source>
      <translation>停止监视</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="216" />
      <source>Recordings to ingest</source>
      <translation>要导入的音像文件</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>音像设置…</translation>
    </message>
    <message>
      <source>Camera time zone, interruption limits, deleting the source after a verified copy</source>
      <translation>设备时钟时区、中断判定时限、核验无误后是否删除源文件</translation>
    </message>
    <message>
      <source>Watching dock folders and ingesting need the ingest permission; the A/V settings can be changed here.</source>
      <translation>监视采集站文件夹和导入需要导入音像记录的权限；此处可修改音像设置。</translation>
    </message>
  </context>
  <context>
    <name>InterruptionsDialog</name>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="179" />
      <source>Art. 23: when recording is interrupted, the officer states the reason by voice on resuming; if recording truly cannot continue, a written explanation is signed by two or more officers.</source>
      <translation>第二十三条：记录中断的，执法人员应在恢复记录时以语音说明中断原因；确实无法继续记录的，应由两名以上执法人员签名作出书面说明。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="204" />
      <source>Explain…</source>
      <translation>登记说明…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="206" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="208" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="220" />
      <source>Interruptions of recording (Art. 23) — {case}</source>
      <translation>记录中断（第二十三条）— {case}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="224" />
      <source>Looking for interruptions…</source>
      <translation>正在查找记录中断…</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="238" />
      <source>No interruptions between clips of one device in this case.</source>
      <translation>本案同一设备的相邻音像之间没有记录中断。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="240" />
      <source>{n} interruptions, {open} unexplained: each unexplained one is a compliance finding (Art. 23).</source>
      <translation>共 {n} 处记录中断，其中 {open} 处未说明：每处未说明的中断都是一项合规问题（第二十三条）。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="244" />
      <source>{n} interruptions, all explained.</source>
      <translation>共 {n} 处记录中断，均已说明。</translation>
    </message>
  </context>
  <context>
    <name>LinkDialog</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="97" />
      <source>Link to a case (Art. 19)</source>
      <translation>关联案件（第十九条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="107" />
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="108" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="109" />
      <source>Checklist item</source>
      <translation>记录事项</translation>
    </message>
      <message>
      <source>None (the clip is linked to the case and stage only)</source>
      <translation>不关联记录事项（仅关联案件和环节）</translation>
    </message>
</context>
  <context>
    <name>MediaSettingsDialog</name>
    <message>
      <source>A/V settings</source>
      <translation>音像设置</translation>
    </message>
    <message>
      <source>Camera clocks</source>
      <translation>设备时钟</translation>
    </message>
    <message>
      <source>Time zone of the camera clocks</source>
      <translation>设备时钟所在时区</translation>
    </message>
    <message>
      <source>Body-worn cameras write local wall-clock time, often labelled as UTC. Times in file names and file data are read in this zone, unless the device's own record names another zone.</source>
      <translation>执法记录仪等设备按当地时间记录，却常标注为 UTC。文件名和文件信息中的时间按此时区解读；设备登记中为该设备另设时区的，以设备的时区为准。</translation>
    </message>
    <message>
      <source>Interruptions (Art. 23)</source>
      <translation>录制中断（第二十三条）</translation>
    </message>
    <message>
      <source>Pause counted as an interruption after</source>
      <translation>停顿超过此时长即为中断</translation>
    </message>
    <message>
      <source>A pause longer than this between two clips of one device must be explained (voice note, or a note signed by two officers).</source>
      <translation>同一设备前后两段录像之间的停顿超过此时长的，须说明中断原因（语音说明，或由两名执法人员签字的书面说明）。</translation>
    </message>
    <message>
      <source>Clips belong to different actions after</source>
      <translation>停顿超过此时长视为不同执法活动</translation>
    </message>
    <message>
      <source>A pause longer than this separates two actions: it is not listed as an interruption.</source>
      <translation>停顿超过此时长的，前后录像属于不同的执法活动，不列为中断。</translation>
    </message>
    <message>
      <source>Source files on the device or dock (Art. 24)</source>
      <translation>执法记录仪或采集站上的源文件（第二十四条）</translation>
    </message>
    <message>
      <source>Delete the source file after a verified vault copy</source>
      <translation>存储库副本核验无误后，删除源文件</translation>
    </message>
    <message>
      <source>When ticked, ingest deletes the file from the camera or docking station only after its copy in the evidence vault has been read back and its SHA-256 matches; a copy that fails the check, or a source that changed meanwhile, is never deleted. Each deletion is recorded in the audit trail. When not ticked (the default), the source stays where it is.</source>
      <translation>勾选后，只有在证据存储库中的副本已回读核验、SHA-256 校验值一致之后，才从执法记录仪或采集站上删除该源文件；副本核验未通过或源文件在此期间有变动的，一律不删除。每次删除都记入审计日志。不勾选（默认）时，源文件原样保留。</translation>
    </message>
    <message>
      <source>Dock folders</source>
      <translation>采集站文件夹</translation>
    </message>
    <message>
      <source>A file is complete when unchanged for</source>
      <translation>文件保持不变达此时长即视为写入完成</translation>
    </message>
    <message>
      <source>On USB and network folders, which give no "file closed" signal, a file is taken once its size and time stop changing for this long.</source>
      <translation>U盘和网络文件夹不发出“文件已关闭”通知：文件大小和修改时间保持不变达此时长后，才开始导入。</translation>
    </message>
    <message>
      <source>Look through the folders again every</source>
      <translation>重新扫描文件夹的间隔</translation>
    </message>
    <message>
      <source>Catches files whose arrival the folder did not report.</source>
      <translation>用于补收文件夹未通知到的文件。</translation>
    </message>
    <message>
      <source>Changes apply to files ingested from now on; folder watching uses new timings once it is started again. Every change is recorded in the audit trail.</source>
      <translation>修改对此后导入的文件生效；正在进行的文件夹监视在重新开始后采用新的时间设置。每次修改都记入审计日志。</translation>
    </message>
    <message>
      <source>Read only: changing these settings needs the permission to change workstation settings (system administrator, Art. 25).</source>
      <translation>只读：修改这些设置需要“修改工作站设置”权限（系统管理员，第二十五条）。</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
  </context>
  <context>
    <name>OfficerPicker</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="155" />
      <source>Find by name or certificate number</source>
      <translation>按姓名或执法证号查找</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="170" />
      <source>(on the recording)</source>
      <translation>（已登记在该记录上）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="173" />
      <source>Already on the recording: officers are added, never removed.</source>
      <translation>已登记在该音像记录上：执法人员只能增加，不能删除。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="179" />
      <source>The officer register is empty: add officers on the cases or equipment pages.</source>
      <translation>执法人员名册为空：请先在案件或装备页面添加执法人员。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="197" />
      <source>{n} chosen</source>
      <translation>已选 {n} 人</translation>
    </message>
  </context>
  <context>
    <name>PurposeDialog</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="68" />
      <source>Purpose of use</source>
      <translation>使用目的</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="70" />
      <source>Why is {name} exported?</source>
      <translation>为何导出 {name}？</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="70" />
      <source>Why is {name} played?</source>
      <translation>为何播放 {name}？</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="71" />
      <source>The purpose is recorded in the audit trail (Art. 24: no leaking; Art. 25: privacy).</source>
      <translation>使用目的将记入审计日志（第二十四条：不得泄露；第二十五条：个人隐私）。</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="77" />
      <source>Case review</source>
      <translation>案件审核</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="77" />
      <source>Legal review</source>
      <translation>法制审核</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="77" />
      <source>Hearing preparation</source>
      <translation>听证准备</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="78" />
      <source>Transfer to the court or procuratorate</source>
      <translation>移送法院或检察机关</translation>
    </message>
  </context>
  <context>
    <name>TagDialog</name>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="122" />
      <source>A/V items (Art. 21, 22)</source>
      <translation>音像记录事项（第二十一条、第二十二条）</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{path} was already stored as A/V record {id}</source>
      <translation>{path} 此前已存储，音像记录 {id}</translation>
    </message>
    <message>
      <source>; it is linked to case {case} and stays there: unlink it there first to link it to another case</source>
      <translation>；它已关联到案件 {case}，仍保留在该案件：如需关联到其他案件，请先在原案件中取消关联</translation>
    </message>
    <message>
      <source>; linked to case {case}</source>
      <translation>；已关联到案件 {case}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="158" />
      <source>stored {path} as A/V record {id}</source>
      <translation>已存储 {path}，音像记录 {id}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="160" />
      <source> — DAMAGED ({damage}), kept as evidence</source>
      <translation> —— 已损坏（{damage}），作为证据保存</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="162" />
      <source>{path} is already stored (A/V record {id}): linked, not stored twice</source>
      <translation>{path} 已存储（音像记录 {id}）：已关联，未重复存储</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="204" />
      <source>No dock folders: name them, or add them with 'media dock add'.</source>
      <translation>没有采集站文件夹：请指定，或用“media dock add”添加。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="223" />
      <source>Watching {docks}. Stop with Ctrl+C.</source>
      <translation>正在监视 {docks}。按 Ctrl+C 停止。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="227" />
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="245" />
      <source>No A/V records.</source>
      <translation>没有音像记录。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="264" />
      <source>A/V record {id} linked to {case}, stage {stage}.</source>
      <translation>音像记录 {id} 已关联到 {case}，环节 {stage}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="278" />
      <source>Tags of A/V record {id}: {tags}</source>
      <translation>音像记录 {id} 的标注：{tags}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="286" />
      <source>A/V record {id} updated.</source>
      <translation>音像记录 {id} 已更新。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="298" />
      <source>UNEXPLAINED</source>
      <translation>未说明</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="300" />
      <source>voice note at {s:.1f} s</source>
      <translation>语音说明位于 {s:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="302" />
      <source>written, signed by {who}</source>
      <translation>书面说明，签名：{who}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="310" />
      <source>No interruptions.</source>
      <translation>没有中断。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="324" />
      <source>Exported to {path}.</source>
      <translation>已导出到 {path}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="333" />
      <source>No evidence clips.</source>
      <translation>没有证据音像。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="348" />
      <source>The queue is empty.</source>
      <translation>队列为空。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="354" />
      <source>{n} entries queued again.</source>
      <translation>{n} 项已重新排队。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/av_cmd.py" line="366" />
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
    <message>
      <source>recording time</source>
      <translation>录制时间</translation>
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
  <context>
    <name>errors</name>
    <message>
      <source>folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>special file (device, pipe or socket)</source>
      <translation>特殊文件（设备、管道或套接字）</translation>
    </message>
    <message>
      <source>Check the path; the file may have been moved or the card removed.</source>
      <translation>请检查路径；文件可能已被移走，或存储卡已拔出。</translation>
    </message>
    <message>
      <source>{name} is not a regular file but a {kind}.</source>
      <translation>{name} 不是普通文件，而是{kind}。</translation>
    </message>
    <message>
      <source>Choose a video or audio file.</source>
      <translation>请选择视频或音频文件。</translation>
    </message>
    <message>
      <source>Check the file's permissions or the card reader, then try again.</source>
      <translation>请检查文件权限或读卡器，然后重试。</translation>
    </message>
    <message>
      <source>{name} is empty (0 bytes).</source>
      <translation>{name} 是空文件（0 字节）。</translation>
    </message>
    <message>
      <source>The copy from the device probably failed: copy it again and keep the original until then.</source>
      <translation>从设备复制时可能出错：请重新复制，在此之前保留设备中的原始文件。</translation>
    </message>
    <message>
      <source>{name} is not a video or audio file that can be read ({reason}).</source>
      <translation>{name} 不是可以读取的视频或音频文件（{reason}）。</translation>
    </message>
    <message>
      <source>Check that this is the device's recording; if it is, the file is damaged: copy it again from the device.</source>
      <translation>请确认这是记录设备的录像；如果是，说明文件已损坏：请从设备重新复制。</translation>
    </message>
    <message>
      <source>{name} is incomplete and cannot be played: {reason}.</source>
      <translation>{name} 不完整，无法播放：{reason}。</translation>
    </message>
    <message>
      <source>Copy it again from the device (Art. 24: within 24 hours). If the device no longer holds it, keep this file and record the damage.</source>
      <translation>请从设备重新复制（第二十四条：24小时内存储）。如果设备中已没有该文件，请保留此文件并登记损坏情况。</translation>
    </message>
    <message>
      <source>{name} has no picture to take a thumbnail from.</source>
      <translation>{name} 没有可生成缩略图的画面。</translation>
    </message>
    <message>
      <source>Audio recordings have no thumbnail; this is not an error in the file.</source>
      <translation>录音没有缩略图，这并非文件错误。</translation>
    </message>
    <message>
      <source>No picture could be decoded from {name} at {at:.1f} s: {reason}.</source>
      <translation>无法从 {name} 第 {at:.1f} 秒处解码出画面：{reason}。</translation>
    </message>
    <message>
      <source>Try another time in the recording; if none works, the file is damaged.</source>
      <translation>请尝试录像中的其他时间点；如果都不行，说明文件已损坏。</translation>
    </message>
    <message>
      <source>Fix the file-name pattern catalogue {source} and restart.</source>
      <translation>请修正文件名规则目录 {source}，然后重新启动。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="60" />
      <source>{name} disappeared before it could be copied.</source>
      <translation>{name} 在复制前已消失。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="61" />
      <source>Dock the device again; the queue entry can be retried.</source>
      <translation>请重新连接设备；该队列项可以重试。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="62" />
      <source>{name} changed while it was being copied: it is still being written.</source>
      <translation>{name} 在复制过程中发生变化：文件仍在写入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="63" />
      <source>Nothing was stored. It is ingested once the device has finished writing it.</source>
      <translation>未存储任何内容。设备写入完成后将自动导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="65" />
      <source>The vault copy of {name} does not match what was read.</source>
      <translation>{name} 在存储库中的副本与读取内容不一致。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="66" />
      <source>Check the vault disk; retry the ingest.</source>
      <translation>请检查存储库磁盘，然后重试导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="67" />
      <source>{name} cannot be read: {reason}.</source>
      <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="68" />
      <source>Check the file's permissions or the card reader, then retry.</source>
      <translation>请检查文件权限或读卡器，然后重试。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="343" />
      <source>Another worker took over {name}.</source>
      <translation>{name} 已由其他工作进程接管。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest.py" line="510" />
      <source>Unknown stage {stage}.</source>
      <translation>未知环节 {stage}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="45" />
      <source>{name} is a symbolic link; links are not followed.</source>
      <translation>{name} 是符号链接；不跟随链接导入。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="46" />
      <source>Ingest the file the link points to, from the device's own folder.</source>
      <translation>请从设备自身的文件夹导入链接所指向的文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="47" />
      <source>{name} is not a regular file.</source>
      <translation>{name} 不是普通文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="48" />
      <source>Only recordings (files) are ingested.</source>
      <translation>只导入音像文件。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="49" />
      <source>{name} is empty (0 bytes): there is nothing to store.</source>
      <translation>{name} 为空（0 字节）：没有可存储的内容。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="50" />
      <source>The export from the device failed: dock the device again. The empty file is left where it is.</source>
      <translation>设备导出失败：请重新连接设备。空文件保留在原处。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="52" />
      <source>{name}: no such file.</source>
      <translation>{name}：文件不存在。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/ingest_queue.py" line="53" />
      <source>Check the path; the card may have been removed.</source>
      <translation>请检查路径；存储卡可能已被拔出。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="55" />
      <source>The vault copy of {name} no longer matches its recorded digest: playback refused.</source>
      <translation>{name} 在存储库中的副本与登记的摘要值不一致：拒绝播放。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="57" />
      <source>The alarm is in the audit trail. Tell the security auditor; restore the recording from its evidence disc.</source>
      <translation>告警已记入审计日志。请通知安全审计员，并从证据光盘恢复该记录。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="63" />
      <source>Could not export {name} to {folder}: {reason}</source>
      <translation>无法将 {name} 导出到 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="64" />
      <source>Nothing was left in the folder. Free space or choose another folder, then try again.</source>
      <translation>目标文件夹中没有留下任何文件。请释放空间或选择其他文件夹后重试。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="71" />
      <source>{name} is stored as damaged and cannot be played: {reason}</source>
      <translation>{name} 已作为损坏文件存储，无法播放：{reason}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="72" />
      <source>Export it for a forensic specialist; the stored bytes are kept unchanged.</source>
      <translation>可导出交由技术鉴定人员处理；存储内容保持不变。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="333" />
      <source>an evidence clip stays with its case; clear the evidence mark first</source>
      <translation>证据音像须保留在其案件中；请先取消证据标记</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="375" />
      <source>link the clip to a case before marking it as evidence</source>
      <translation>标记为证据前请先关联案件</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="424" />
      <source>a time without a time zone was given</source>
      <translation>给出的时间没有时区</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="431" />
      <source>the return cannot be before the end of the recording</source>
      <translation>返回时间不能早于录制结束时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="556" />
      <source>say why the recording is opened (Art. 24: every use is logged with its purpose)</source>
      <translation>请说明调阅目的（第二十四条：每次使用均记录目的）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="609" />
      <source>the export folder does not exist</source>
      <translation>导出文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="627" />
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/av_records.py" line="629" />
      <source>no permission to write there</source>
      <translation>没有写入该位置的权限</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/settings.py" line="126" />
      <source>the dock folder does not exist</source>
      <translation>采集站文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/settings.py" line="127" />
      <source>Mount the card reader or docking station share first, then add its folder.</source>
      <translation>请先挂载读卡器或采集站共享目录，再添加其文件夹。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/settings.py" line="187" />
      <source>an A/V item needs a code and a name</source>
      <translation>音像记录事项需要代码和名称</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="128" />
      <source>give either a voice-note time or signers, not both</source>
      <translation>请给出语音说明时间或签名人员，二者只能选其一</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="134" />
      <source>a written explanation must be signed by at least two officers (Art. 23)</source>
      <translation>书面说明须由两名以上执法人员签名（第二十三条）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="137" />
      <source>a written explanation needs its text</source>
      <translation>书面说明需要填写内容</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="147" />
      <source>these two clips have no interruption between them to explain</source>
      <translation>这两段音像之间没有需要说明的中断</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="150" />
      <source>the voice note must lie within the clip after the interruption</source>
      <translation>语音说明必须位于中断后的那段音像内</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/interruptions.py" line="153" />
      <source>this interruption is already explained</source>
      <translation>该中断已有说明</translation>
    </message>
    <message>
      <source>Invalid input: unknown A/V setting {key}; known: {known}.</source>
      <translation>输入无效：未知的音像设置 {key}；可用的设置：{known}。</translation>
    </message>
    <message>
      <source>Invalid input: unknown time zone {zone}; use a name such as Asia/Shanghai or UTC.</source>
      <translation>输入无效：未知的时区 {zone}；请使用 Asia/Shanghai、UTC 这样的时区名称。</translation>
    </message>
    <message>
      <source>Invalid input: {key} must be a number of seconds.</source>
      <translation>输入无效：{key} 必须是秒数。</translation>
    </message>
    <message>
      <source>Invalid input: {key} cannot be negative.</source>
      <translation>输入无效：{key} 不能为负数。</translation>
    </message>
    <message>
      <source>say why the recording time is set by hand and where it comes from (at least 4 characters)</source>
      <translation>请说明为何人工设置录制时间、时间从何而来（至少 4 个字）</translation>
    </message>
    <message>
      <source>a recording cannot start after it was stored</source>
      <translation>录制开始时间不能晚于入库时间</translation>
    </message>
    <message>
      <source>the recording cannot end before it starts</source>
      <translation>录制结束时间不能早于开始时间</translation>
    </message>
      <message>
        <source>Invalid input: these A/V items do not exist: {items}.</source>
        <translation>输入无效：以下音像记录事项不存在：{items}。</translation>
    </message>
    <message>
        <source>deadline exception</source>
        <translation>时限例外</translation>
    </message>
    <message>
        <source>a marker cannot lie before the start</source>
        <translation>标记不能早于录像开始</translation>
    </message>
</context>
  <context>
    <name>media</name>
    <message>
      <source> (damaged: where it ends is not known)</source>
      <translation>（已损坏：结束位置不明）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="28" />
      <source>On time</source>
      <translation>按时</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="29" />
      <source>On time (exception)</source>
      <translation>按时（例外情形）</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="30" />
      <source>Late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="31" />
      <source>Waiting</source>
      <translation>等待中</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="32" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="33" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/av/deadline.py" line="34" />
      <source>Time unknown</source>
      <translation>时间未知</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_page.py" line="49" />
      <source>Ingest monitor</source>
      <translation>音像导入监控</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_page.py" line="55" />
      <source>A/V evidence</source>
      <translation>音像证据</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="36" />
      <source>Queued</source>
      <translation>排队中</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="37" />
      <source>Copying</source>
      <translation>复制中</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="38" />
      <source>Stored</source>
      <translation>已存储</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="39" />
      <source>Already stored (linked)</source>
      <translation>已存储（已关联）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="40" />
      <source>Failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="41" />
      <source>Refused</source>
      <translation>拒收</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="53" />
      <source>due {time}</source>
      <translation>截止 {time}</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <location filename="../../../ui/av/ingest_models.py" line="66" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="66" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="66" />
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="66" />
      <source>24-hour clock (Art. 24)</source>
      <translation>24小时时限（第二十四条）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/ingest_models.py" line="66" />
      <source>Reason / note</source>
      <translation>原因 / 备注</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="114" />
      <location filename="../../../ui/av/ingest_models.py" line="112" />
      <source>damaged</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="38" />
      <source>Initiation</source>
      <translation>程序启动</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="38" />
      <source>Investigation</source>
      <translation>调查取证</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="39" />
      <source>Decision</source>
      <translation>审查决定</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="39" />
      <source>Service and execution</source>
      <translation>送达执行</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <source>Recorded</source>
      <translation>录制时间</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <location filename="../../../ui/av/interruption_dialogs.py" line="130" />
      <source>Length</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="66" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="67" />
      <source>24-hour clock</source>
      <translation>24小时时限</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="67" />
      <location filename="../../../ui/av/records_models.py" line="130" />
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="40" />
      <source>Body-worn camera audio and video</source>
      <translation>执法记录仪录音录像</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="41" />
      <source>Video camera</source>
      <translation>摄像机录像</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="42" />
      <source>Photographs</source>
      <translation>照相</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="43" />
      <source>Audio recording</source>
      <translation>录音</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_dialogs.py" line="44" />
      <source>Video surveillance</source>
      <translation>视频监控</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="27" />
      <source>Continuous enforcement</source>
      <translation>连续执法</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="28" />
      <source>Off-site enforcement</source>
      <translation>异地执法</translation>
    </message>
    <message>
      <location filename="../../../ui/av/records_models.py" line="29" />
      <source>Remote, water or poor-transport area</source>
      <translation>偏远、交通不便地区或水上执法</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="104" />
      <source>Unexplained</source>
      <translation>未说明</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="106" />
      <source>Voice note at {time} in the later clip</source>
      <translation>语音说明：后一段 {time} 处</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="108" />
      <source>Written: {reason} — signed by {signers}</source>
      <translation>书面说明：{reason}（签名：{signers}）</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Clip before</source>
      <translation>中断前音像</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Clip after</source>
      <translation>中断后音像</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Stopped</source>
      <translation>停止录制</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="129" />
      <source>Resumed</source>
      <translation>恢复录制</translation>
    </message>
    <message>
      <location filename="../../../ui/av/interruption_dialogs.py" line="130" />
      <source>Explanation</source>
      <translation>说明情况</translation>
    </message>
    <message>
      <source>from the file name (device clock, {zone})</source>
      <translation>取自文件名（设备时钟，{zone}）</translation>
    </message>
    <message>
      <source>from the file's creation time, read as the device clock ({zone})</source>
      <translation>取自文件内创建时间，按设备时钟（{zone}）读取</translation>
    </message>
    <message>
      <source>from the file's creation time, read as UTC</source>
      <translation>取自文件内创建时间，按 UTC 读取</translation>
    </message>
    <message>
      <source>file modification time only: not verified, set it by hand</source>
      <translation>仅为文件修改时间，未经核实，请人工设置</translation>
    </message>
    <message>
      <source>entered by hand: {note}</source>
      <translation>人工录入：{note}</translation>
    </message>
    <message>
      <source>(file time, not verified)</source>
      <translation>（文件时间，未核实）</translation>
    </message>
      <message>
        <source>Preview</source>
        <translation>画面</translation>
    </message>
</context>
  <context>
    <name>RecordingTimeDialog</name>
    <message>
      <source>Recording time (Art. 24, 26)</source>
      <translation>录制时间（第二十四条、第二十六条）</translation>
    </message>
    <message>
      <source>{name}
Now: {when} — {source}</source>
      <translation>{name}
当前：{when} — {source}</translation>
    </message>
    <message>
      <source>time unknown</source>
      <translation>时间不明</translation>
    </message>
    <message>
      <source>e.g. time shown on the camera's screen at check-in, read by the equipment clerk</source>
      <translation>例如：归还时装备管理员读取的执法记录仪屏幕时间</translation>
    </message>
    <message>
      <source>Recording started</source>
      <translation>录制开始</translation>
    </message>
    <message>
      <source>Where the time comes from</source>
      <translation>时间来源</translation>
    </message>
    <message>
      <source>The end is the start plus the clip's length. The time it replaces and your reason are kept in the audit trail.</source>
      <translation>结束时间为开始时间加录像时长。被替换的时间和您填写的理由记入审计日志。</translation>
    </message>
  </context>
<context>
    <name>cli_help</name>
    <message>
        <source>store A/V files (or folders of them) in the vault now (Art. 24)</source>
        <translation>立即将音像文件（或其文件夹）存入证据库（第二十四条）</translation>
    </message>
    <message>
        <source>watch dock folders and ingest what arrives, until Ctrl+C or SIGTERM</source>
        <translation>监视采集站文件夹并导入新到的文件，直到 Ctrl+C 或 SIGTERM</translation>
    </message>
    <message>
        <source>audio-visual records: list, link, tag, evidence, gaps, export</source>
        <translation>音像记录：列出、关联、标注、证据、中断、导出</translation>
    </message>
    <message>
        <source>link the clips to this case number</source>
        <translation>将这些录像关联到此案号</translation>
    </message>
    <message>
        <source>stage of the case</source>
        <translation>案件环节</translation>
    </message>
    <message>
        <source>code of the registered device the files came from, for names that do not say (its clock zone and creation-time rule apply)</source>
        <translation>文件来源设备的标识，用于文件名未注明设备的情形（采用该设备的时区和创建时间规则）</translation>
    </message>
    <message>
        <source>seconds a file's size and time must stay unchanged (default 0.5)</source>
        <translation>文件大小和时间须保持不变的秒数（默认 0.5）</translation>
    </message>
    <message>
        <source>dock folders (default: the configured ones)</source>
        <translation>采集站文件夹（默认：已配置的文件夹）</translation>
    </message>
    <message>
        <source>poll instead of inotify (USB and network mounts)</source>
        <translation>用轮询代替 inotify（U 盘和网络挂载）</translation>
    </message>
    <message>
        <source>seconds of unchanged size/mtime (default: setting)</source>
        <translation>大小/修改时间保持不变的秒数（默认：按设置）</translation>
    </message>
    <message>
        <source>seconds between rescans (default: setting)</source>
        <translation>两次重新扫描之间的秒数（默认：按设置）</translation>
    </message>
    <message>
        <source>list A/V records</source>
        <translation>列出音像记录</translation>
    </message>
    <message>
        <source>one A/V record with its facts, markers and snapshots</source>
        <translation>查看一条音像记录及其信息、标记和截图</translation>
    </message>
    <message>
        <source>assign a clip to a case and stage (Art. 19)</source>
        <translation>将录像归入案件和环节（第十九条）</translation>
    </message>
    <message>
        <source>mark a clip as used as evidence (burned to disc, Art. 26)</source>
        <translation>将录像标为证据（刻录光盘，第二十六条）</translation>
    </message>
    <message>
        <source>tag a clip with A/V items (Art. 21, 22); replaces its tags</source>
        <translation>为录像标注音像记录事项（第二十一、二十二条）；替换原有标注</translation>
    </message>
    <message>
        <source>matter recorded, place, method, officers, confidentiality (Art. 26)</source>
        <translation>记录事项、地点、方式、执法人员、密级（第二十六条）</translation>
    </message>
    <message>
        <source>set a clip's recording time by hand, with the reason (Art. 24, 26)</source>
        <translation>手工设定录像的录制时间并说明理由（第二十四、二十六条）</translation>
    </message>
    <message>
        <source>Art. 24 exception: 24 hours from the return to the agency</source>
        <translation>第二十四条例外：自返回机关起算 24 小时</translation>
    </message>
    <message>
        <source>interruptions between clips of one device in a case (Art. 23)</source>
        <translation>案件中同一设备录像之间的中断（第二十三条）</translation>
    </message>
    <message>
        <source>explain an interruption: voice note or signed written note</source>
        <translation>说明中断：语音说明或签名的书面说明</translation>
    </message>
    <message>
        <source>copy a clip out of the vault (digest checked, logged with the purpose)</source>
        <translation>从证据库导出录像（核对摘要，并记录用途）</translation>
    </message>
    <message>
        <source>evidence clips of a case with their Art. 26 metadata</source>
        <translation>案件的证据录像及其第二十六条信息</translation>
    </message>
    <message>
        <source>the ingest queue</source>
        <translation>导入队列</translation>
    </message>
    <message>
        <source>queue failed ingests again</source>
        <translation>重新排队导入失败的文件</translation>
    </message>
    <message>
        <source>dock folders: list, add, remove</source>
        <translation>采集站文件夹：列出、添加、删除</translation>
    </message>
    <message>
        <source>show or change A/V settings (camera_zone, gap_tolerance_s, …)</source>
        <translation>查看或修改音像设置（camera_zone、gap_tolerance_s 等）</translation>
    </message>
    <message>
        <source>certificate number or name</source>
        <translation>执法证号或姓名</translation>
    </message>
    <message>
        <source>evidence clips only</source>
        <translation>只列证据录像</translation>
    </message>
    <message>
        <source>clips not linked to a case</source>
        <translation>未关联案件的录像</translation>
    </message>
    <message>
        <source>id of the text record it ties in with</source>
        <translation>与之对应的文字记录编号</translation>
    </message>
    <message>
        <source>checklist item it records, e.g. 9.2</source>
        <translation>所记录的记录事项，如 9.2</translation>
    </message>
    <message>
        <source>certificate number (repeatable)</source>
        <translation>执法证号（可重复）</translation>
    </message>
    <message>
        <source>start of recording, e.g. 2026-11-28T09:00:00</source>
        <translation>录制开始时间，如 2026-11-28T09:00:00</translation>
    </message>
    <message>
        <source>end (default: start plus the clip's length)</source>
        <translation>结束时间（默认：开始时间加录像时长）</translation>
    </message>
    <message>
        <source>where the time comes from, e.g. the camera's screen</source>
        <translation>时间的来源，如执法记录仪屏幕</translation>
    </message>
    <message>
        <source>return time, e.g. 2026-11-28T09:00</source>
        <translation>返回时间，如 2026-11-28T09:00</translation>
    </message>
    <message>
        <source>id of the clip before the gap</source>
        <translation>中断前录像的编号</translation>
    </message>
    <message>
        <source>id of the clip after the gap</source>
        <translation>中断后录像的编号</translation>
    </message>
    <message>
        <source>seconds into the later clip where the officer explains by voice</source>
        <translation>后一段录像中执法人员语音说明所在的秒数</translation>
    </message>
    <message>
        <source>written explanation</source>
        <translation>书面说明</translation>
    </message>
    <message>
        <source>certificate number of a signing officer (at least two)</source>
        <translation>签名执法人员的执法证号（至少两人）</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>write the clip's archival metadata (DA/T 63 element names) as XML</source>
        <translation>将录像的档案元数据（DA/T 63 元素名）写为 XML</translation>
    </message>
</context>
</TS>