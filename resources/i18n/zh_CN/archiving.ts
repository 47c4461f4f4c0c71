<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>archiving</name>
    <message>
        <location filename="../../../archive_core/archive_codes.py" line="25" />
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archive_codes.py" line="26" />
        <location filename="../../../archive_core/archive_codes.py" line="28" />
        <source>30 years</source>
        <translation>30 年</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archive_codes.py" line="27" />
        <location filename="../../../archive_core/archive_codes.py" line="29" />
        <source>10 years</source>
        <translation>10 年</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="49" />
        <source>Awaiting filing</source>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="50" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="51" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="52" />
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="53" />
        <source>Filed late</source>
        <translation>逾期归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="59" />
        <source>Not burned</source>
        <translation>未刻录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="60" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="61" />
        <source>Re-check due soon</source>
        <translation>即将复检</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="62" />
        <source>Re-check overdue</source>
        <translation>复检逾期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="63" />
        <source>Reads degrading</source>
        <translation>读取性能下降</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="64" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <location filename="../../../archive_core/archive_codes.py" line="59" />
        <source>the archive code format must contain {seq} and may use only {fonds}, {year}, {retention}</source>
        <translation>档号格式必须包含 {seq}，且只能使用 {fonds}、{year}、{retention}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/archive_codes.py" line="62" />
        <source>the archive code format must give a short code of ASCII letters, digits and dashes</source>
        <translation>档号格式必须生成由英文字母、数字和连字符组成的简短代码</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="27" />
        <source>Case {case_no} cannot be filed: its enforcement action has not ended (Art. 26: file within 30 days after the action ends).</source>
        <translation>案件 {case_no} 不能归档：执法行为尚未终结（第二十六条：在执法行为终结之日起三十日内立卷归档）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="29" />
        <source>Record the date the action ended on the case first; nothing was filed.</source>
        <translation>请先在案件中登记执法行为终结日期；本次未归档任何内容。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="34" />
        <source>Case {case_no} is already filed as volume {archive_code}.</source>
        <translation>案件 {case_no} 已归档，档号 {archive_code}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="35" />
        <source>A filed volume is not filed again; open it to print its catalogue.</source>
        <translation>已归档的案卷不能重复归档；可打开该案卷打印卷内目录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="198" />
        <source>a case cannot be filed before its action ended</source>
        <translation>归档日期不能早于执法行为终结日期</translation>
    </message>
    <message>
        <location filename="../../../archive_core/volumes.py" line="231" />
        <source>archive volume</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="48" />
        <source>Case {case_no} has no archive volume yet, so its discs would carry no archive code (Art. 26).</source>
        <translation>案件 {case_no} 尚未立卷归档，光盘将没有档号（第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="50" />
        <source>File the case as a volume first, then build its discs.</source>
        <translation>请先将案件立卷归档，再制作光盘。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="55" />
        <source>There is no evidence audio or video to put on disc for {cases}.</source>
        <translation>{cases} 没有可刻录的证据音像记录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="56" />
        <source>Ingest the recordings and link them to the case as evidence first.</source>
        <translation>请先导入音像记录并作为证据关联到案件。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="61" />
        <source>The evidence clip {name} of case {case_no} has no recording time, which Art. 26 requires on the disc.</source>
        <translation>案件 {case_no} 的证据音像 {name} 没有记录时间，而第二十六条要求光盘注明记录时间。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="63" />
        <source>Enter the clip's recording time on the A/V page, then plan again.</source>
        <translation>请在音像记录页面填写该音像的记录时间，然后重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="68" />
        <source>The folder {folder} already holds an image named {name}; images are never overwritten.</source>
        <translation>文件夹 {folder} 中已有名为 {name} 的镜像；镜像不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="70" />
        <source>Choose an empty folder for the new disc set.</source>
        <translation>请为新的光盘组选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="177" />
        <source>copies are distinct single letters, e.g. A and B</source>
        <translation>副本用不同的单个字母表示，例如 A 和 B</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="183" />
        <source>make between 1 and 6 copies of each disc</source>
        <translation>每张光盘制作 1 至 6 份副本</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="219" />
        <source>name at least one case</source>
        <translation>请至少指定一个案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/discs.py" line="436" />
        <source>disc image</source>
        <translation>光盘镜像</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="70" />
        <source>Disc {disc} failed verification and must not be burned or archived.</source>
        <translation>光盘 {disc} 校验未通过，不得刻录或归档。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="71" />
        <source>Build the disc set again; keep the failed image for inspection.</source>
        <translation>请重新制作光盘组；失败的镜像保留备查。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="76" />
        <source>Disc {disc} has no copy {copy}.</source>
        <translation>光盘 {disc} 没有副本 {copy}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="77" />
        <source>Copies of this disc: {copies}.</source>
        <translation>该光盘的副本：{copies}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="82" />
        <source>Copy {copy} of disc {disc} is already burned and verified.</source>
        <translation>光盘 {disc} 的副本 {copy} 已刻录并校验。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="83" />
        <source>Choose another copy, or record a re-check of this one.</source>
        <translation>请选择其他副本，或登记该副本的复检。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="252" />
        <source>disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="337" />
        <source>say where the disc is kept</source>
        <translation>请填写光盘的存放位置</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="339" />
        <source>the re-check interval is 1 to 60 months</source>
        <translation>复检周期为 1 至 60 个月</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_register.py" line="380" />
        <source>this copy has not been burned yet</source>
        <translation>该副本尚未刻录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="15" />
        <source>The disc operation failed: {reason}</source>
        <translation>光盘操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="16" />
        <source>The disc request is invalid: {reason}</source>
        <translation>光盘制作请求无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="17" />
        <source>File {name} ({size}) is larger than the usable capacity of one {medium} disc ({capacity}).</source>
        <translation>文件 {name}（{size}）大于一张 {medium} 光盘的可用容量（{capacity}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="19" />
        <source>Choose a larger medium (DVD DL, BD, BD DL).</source>
        <translation>请选择容量更大的介质（DVD 双层、BD、BD 双层）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="20" />
        <source>Disc {disc} image is {size}, more than the {medium} capacity {capacity}.</source>
        <translation>第 {disc} 张光盘的镜像为 {size}，超过 {medium} 的容量 {capacity}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="21" />
        <source>Plan again with fewer files per disc or a larger medium.</source>
        <translation>请减少每张光盘的文件数或改用更大的介质后重新规划。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="22" />
        <source>Building the image {target} was cancelled; no image was kept.</source>
        <translation>镜像 {target} 的制作已取消，未保留任何镜像。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="23" />
        <source>Verifying the image {target} was cancelled; it is not verified.</source>
        <translation>镜像 {target} 的校验已取消，该镜像未经校验。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="24" />
        <source>Building the image {target} failed: {reason}</source>
        <translation>制作镜像 {target} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="25" />
        <source>Check that the source files exist and the target folder has free space.</source>
        <translation>请确认源文件存在且目标文件夹有足够空间。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="26" />
        <source>The image {path} cannot be read: {reason}</source>
        <translation>无法读取镜像 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="27" />
        <source>No optical drive was found.</source>
        <translation>未找到光盘刻录机。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="28" />
        <source>Connect a disc burner and check that this user may access it.</source>
        <translation>请连接刻录机，并确认当前系统用户有权访问该设备。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="29" />
        <source>Install xorriso (Debian: apt-get install xorriso).</source>
        <translation>请安装 xorriso（Debian：apt-get install xorriso）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="30" />
        <source>The drive {drive} cannot be used: {reason}</source>
        <translation>刻录机 {drive} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="31" />
        <source>Check the drive is connected, closed and not used by another program.</source>
        <translation>请确认刻录机已连接、托盘已关闭且未被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="32" />
        <source>The drive {drive} holds no blank disc (status: {status}).</source>
        <translation>刻录机 {drive} 中没有空白光盘（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="33" />
        <source>Insert a blank, write-once disc and try again.</source>
        <translation>请放入一张空白的一次性刻录光盘后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="34" />
        <source>The disc in {drive} has {free} free, the image needs {needed}.</source>
        <translation>{drive} 中的光盘剩余 {free}，镜像需要 {needed}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="35" />
        <source>Insert a disc of the planned type ({medium}).</source>
        <translation>请放入规划时选定类型的光盘（{medium}）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="36" />
        <source>Burning to {drive} failed: {reason}</source>
        <translation>刻录到 {drive} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="37" />
        <source>Discard this disc, insert a new blank disc and burn again.</source>
        <translation>请废弃这张光盘，放入新的空白光盘重新刻录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="38" />
        <source>The disc in {drive} does not match the image: read {read} bytes with SHA-256 {got}, expected {expected} bytes with SHA-256 {want}.</source>
        <translation>{drive} 中的光盘与镜像不一致：读出 {read} 字节，SHA-256 为 {got}；应为 {expected} 字节，SHA-256 为 {want}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/disc_errors.py" line="40" />
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
</context>
</TS>