<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>errors</name>
    <message>
        <source>Invalid input: the backup age must be a whole number of days from 1 to {limit} (got {value}).</source>
        <translation>输入无效：备份期限须为 1 至 {limit} 之间的整数天数（输入的是 {value}）。</translation>
    </message>
    <message>
        <source>back up the workstation</source>
        <translation>备份工作站</translation>
    </message>
    <message>
        <source>check backups and read the backup register</source>
        <translation>检测备份并查看备份登记</translation>
    </message>
    <message>
        <source>back up the private signing key</source>
        <translation>备份签名私钥</translation>
    </message>
    <message>
        <source>{path} cannot hold a backup: {reason}</source>
        <translation>{path} 不能存放备份：{reason}</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder on another disk, a USB disk or a network mount.</source>
        <translation>未写入任何内容。请选择另一块磁盘、U 盘或网络挂载上的文件夹。</translation>
    </message>
    <message>
        <source>it is the evidence vault itself</source>
        <translation>它就是证据库本身</translation>
    </message>
    <message>
        <source>it is inside the data home, on the same disk as what it protects</source>
        <translation>它位于数据目录之内，与所保护的数据在同一块磁盘上</translation>
    </message>
    <message>
        <source>the data home is inside it</source>
        <translation>数据目录位于其中</translation>
    </message>
    <message>
        <source>Another backup is running ({who}).</source>
        <translation>另一个备份正在运行（{who}）。</translation>
    </message>
    <message>
        <source>Nothing was written. One backup runs at a time: wait until it has finished, then try again.</source>
        <translation>未写入任何内容。同一时间只能运行一个备份：请等它完成后再试。</translation>
    </message>
    <message>
        <source>The backup disk {path} is full.</source>
        <translation>备份磁盘 {path} 已满。</translation>
    </message>
    <message>
        <source>This run was not kept; earlier backups there are whole. Free space on that disk or choose another one, then run the backup again: it copies only what is missing.</source>
        <translation>本次备份未保留，之前的备份完好。请清理该磁盘的空间或另选磁盘，然后重新备份：只会复制缺少的内容。</translation>
    </message>
    <message>
        <source>The catalogue database {where} could not be reached during the backup to {path}.</source>
        <translation>备份到 {path} 的过程中无法连接目录数据库 {where}。</translation>
    </message>
    <message>
        <source>Earlier backups there are whole and this run does not count as a good backup. When the database is back, run the backup again: it copies only what is missing.</source>
        <translation>该处之前的备份完好，本次备份不计为有效备份。数据库恢复后请重新备份：只会复制缺少的内容。</translation>
    </message>
    <message>
        <source>Could not write the backup to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>This run was not kept; earlier backups there are whole. Fix the disk or folder, then run the backup again.</source>
        <translation>本次备份未保留，之前的备份完好。请修复磁盘或文件夹后重新备份。</translation>
    </message>
    <message>
        <source>No finished backup in {path}.</source>
        <translation>{path} 中没有已完成的备份。</translation>
    </message>
    <message>
        <source>Name the folder given to “backup run --to”.</source>
        <translation>请指定“backup run --to”所用的文件夹。</translation>
    </message>
    <message>
        <source>The backup {run} in {path} failed its check: {problems}</source>
        <translation>{path} 中的备份 {run} 未通过检测：{problems}</translation>
    </message>
    <message>
        <source>Nothing was restored. Use another backup (or another copy of this one) and report the damage to the system administrator.</source>
        <translation>未恢复任何内容。请使用其他备份（或本备份的另一份副本），并向系统管理员报告损坏情况。</translation>
    </message>
    <message>
        <source>The vault objects {objects} do not match their catalogue entries; they were not copied and the backup was not kept.</source>
        <translation>证据库对象 {objects} 与目录记录不符，未被复制，本次备份未保留。</translation>
    </message>
    <message>
        <source>Run “verify” and report the damage to the security auditor.</source>
        <translation>请运行“verify”，并向安全审计员报告损坏情况。</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}</source>
        <translation>无法恢复到 {path}：{reason}</translation>
    </message>
    <message>
        <source>Nothing was written. A restore never writes over a home: name a new or empty folder.</source>
        <translation>未写入任何内容。恢复从不覆盖已有的数据目录：请指定一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>文件夹不是空的</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>它不是文件夹</translation>
    </message>
    <message>
        <source>it is inside the backup</source>
        <translation>它位于备份之内</translation>
    </message>
    <message>
        <source>the backup holds a PostgreSQL catalogue: give --db with a PostgreSQL URL</source>
        <translation>该备份中是 PostgreSQL 目录：请用 --db 指定 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>the backup holds an SQLite catalogue: leave out --db</source>
        <translation>该备份中是 SQLite 目录：请不要指定 --db</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: the database already holds tables in schema {schema}.</source>
        <translation>无法恢复到 {path}：该数据库的模式 {schema} 中已有数据表。</translation>
    </message>
    <message>
        <source>Nothing was written. Name a new, empty database.</source>
        <translation>未写入任何内容。请指定一个新的空数据库。</translation>
    </message>
    <message>
        <source>The backup holds the catalogue in schema {schema}; the URL {path} names schema {asked}.</source>
        <translation>备份中的目录位于模式 {schema}，而地址 {path} 指定的是模式 {asked}。</translation>
    </message>
    <message>
        <source>Nothing was written. Leave the schema out of the URL, or name schema {schema}, in a new, empty database.</source>
        <translation>未写入任何内容。请在地址中去掉模式，或指定模式 {schema}，并使用新的空数据库。</translation>
    </message>
    <message>
        <source>The passphrase does not open the signing key in the backup.</source>
        <translation>该口令无法解开备份中的签名密钥。</translation>
    </message>
    <message>
        <source>Nothing was restored. Give the passphrase chosen when the backup was made.</source>
        <translation>未恢复任何内容。请提供备份时设定的口令。</translation>
    </message>
    <message>
        <source>A passphrase of at least {n} characters is needed to encrypt the signing key.</source>
        <translation>加密签名密钥需要至少 {n} 个字符的口令。</translation>
    </message>
    <message>
        <source>Set it in ARCHIVE_WS_KEY_PASSPHRASE, then try again.</source>
        <translation>请在 ARCHIVE_WS_KEY_PASSPHRASE 中设置后再试。</translation>
    </message>
    <message>
        <source>The program {tool} is not installed.</source>
        <translation>未安装程序 {tool}。</translation>
    </message>
    <message>
        <source>Install the Debian package postgresql-client (make does), then try again.</source>
        <translation>请安装 Debian 软件包 postgresql-client（make 会安装），然后再试。</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 运行失败：{reason}</translation>
    </message>
    <message>
        <source>Nothing was kept. Check the database connection, then try again.</source>
        <translation>未保留任何内容。请检查数据库连接后再试。</translation>
    </message>
    <message>
        <source>{path} cannot be read as an evidence disc: {reason}</source>
        <translation>{path} 无法作为证据光盘读取：{reason}</translation>
    </message>
    <message>
        <source>Nothing was written. Name a disc image (.iso) or the drive holding the evidence disc (for example /dev/sr0).</source>
        <translation>未写入任何内容。请指定光盘镜像（.iso）或放有证据光盘的光驱（例如 /dev/sr0）。</translation>
    </message>
    <message>
        <source>it has no readable bag manifest</source>
        <translation>其中没有可读的封包清单</translation>
    </message>
    <message>
        <source>The copies in {path} of {objects} do not match the catalogue's SHA-256 and SM3; they were refused and nothing was written for them ({repaired} other object(s) repaired).</source>
        <translation>{path} 中 {objects} 的副本与目录记录的 SHA-256 和 SM3 不符，已拒绝，未为其写入任何内容（另有 {repaired} 个对象已修复）。</translation>
    </message>
    <message>
        <source>That copy is damaged too: repair from another backup or evidence disc, and report it to the security auditor.</source>
        <translation>该副本也已损坏：请用其他备份或证据光盘修复，并报告安全审计员。</translation>
    </message>
    <message>
        <source>{path} holds no copy of {objects}; nothing was written for them ({repaired} other object(s) repaired).</source>
        <translation>{path} 中没有 {objects} 的副本，未为其写入任何内容（另有 {repaired} 个对象已修复）。</translation>
    </message>
    <message>
        <source>Name a backup folder or an evidence disc that holds them.</source>
        <translation>请指定存有这些对象的备份文件夹或证据光盘。</translation>
    </message>
    <message>
        <source>vault object</source>
        <translation>档案库对象</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>backup warning age changed</source>
        <translation>修改备份预警期限</translation>
    </message>
    <message>
        <source>home restored from a backup</source>
        <translation>从备份恢复数据目录</translation>
    </message>
    <message>
        <source>backup started</source>
        <translation>备份开始</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>完成备份</translation>
    </message>
    <message>
        <source>backup checked</source>
        <translation>检测备份</translation>
    </message>
    <message>
        <source>vault object repaired from a verified copy</source>
        <translation>用经核验的副本修复档案库对象</translation>
    </message>
    <message>
        <source>vault repair refused: the copy does not match</source>
        <translation>拒绝修复档案库：副本不符</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The dashboard warns after {n} days without a good backup and alarms after {twice}.</source>
        <translation>超过 {n} 天无成功备份时首页预警，超过 {twice} 天时告警。</translation>
    </message>
    <message>
        <source>Passphrase for the signing key: </source>
        <translation>签名密钥的口令：</translation>
    </message>
    <message>
        <source>Backup {run} written to {folder}: {n} objects ({new} new, {mb:.1f} MB copied), audit trail up to event #{seq}.</source>
        <translation>备份 {run} 已写入 {folder}：{n} 个对象（新增 {new} 个，复制 {mb:.1f} MB），审计记录截至第 {seq} 号事件。</translation>
    </message>
    <message>
        <source>Backup {run}: checked {n} objects ({mb:.1f} MB).</source>
        <translation>备份 {run}：已检测 {n} 个对象（{mb:.1f} MB）。</translation>
    </message>
    <message>
        <source>Backup intact.</source>
        <translation>备份完好。</translation>
    </message>
    <message>
        <source>Backup DAMAGED.</source>
        <translation>备份已损坏。</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Restored backup {run} into {home}: {n} objects, audit trail up to event #{seq} ({hash}).</source>
        <translation>已将备份 {run} 恢复到 {home}：{n} 个对象，审计记录截至第 {seq} 号事件（{hash}）。</translation>
    </message>
    <message>
        <source>Open it with --db {url}</source>
        <translation>请用 --db {url} 打开</translation>
    </message>
    <message>
        <source>The signing key was not restored: the new home signs with a new key; the old key's checkpoints still verify.</source>
        <translation>未恢复签名密钥：新的数据目录将使用新密钥签名；旧密钥签署的检查点仍可验证。</translation>
    </message>
    <message>
        <source>was missing</source>
        <translation>原已缺失</translation>
    </message>
    <message>
        <source>was altered</source>
        <translation>原已被改动</translation>
    </message>
    <message>
        <source>Checked {n} objects; {k} repaired from {source}.</source>
        <translation>已检测 {n} 个对象；从 {source} 修复 {k} 个。</translation>
    </message>
    <message>
        <source>the damaged file was kept in {path}</source>
        <translation>损坏的文件已保留在 {path}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup intact.</source>
        <translation>备份完好。</translation>
    </message>
    <message>
        <source>Backup and repair</source>
        <translation>备份与修复</translation>
    </message>
    <message>
        <source>Back up to a second place</source>
        <translation>备份到第二存储位置</translation>
    </message>
    <message>
        <source>A folder on another disk, a USB disk or a network mount</source>
        <translation>另一块磁盘、U 盘或网络挂载上的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Include the signing key, encrypted</source>
        <translation>包含签名私钥（加密）</translation>
    </message>
    <message>
        <source>Passphrase, at least {n} characters</source>
        <translation>口令，至少 {n} 个字符</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Target folder:</source>
        <translation>备份目标文件夹：</translation>
    </message>
    <message>
        <source>The system administrator makes the backups; you read and check them.</source>
        <translation>备份由系统管理员执行；您可查看和检测备份。</translation>
    </message>
    <message>
        <source>Backup target folder</source>
        <translation>备份目标文件夹</translation>
    </message>
    <message>
        <source>Choose the target folder first.</source>
        <translation>请先选择备份目标文件夹。</translation>
    </message>
    <message>
        <source>Taking a snapshot of the catalogue…</source>
        <translation>正在生成目录数据库快照…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Copying vault objects: {done} of {total}</source>
        <translation>正在复制档案库对象：{done} / {total}</translation>
    </message>
    <message>
        <source>Backup {run} written: {n} objects ({new} new, {size} copied), audit trail up to event #{seq}.</source>
        <translation>备份 {run} 已写入：{n} 个对象（新增 {new} 个，复制 {size}），审计记录截至第 {seq} 号事件。</translation>
    </message>
    <message>
        <source>Backup register</source>
        <translation>备份登记</translation>
    </message>
    <message>
        <source>Check the selected backup</source>
        <translation>检测所选备份</translation>
    </message>
    <message>
        <source>Re-hash the backup against its signed manifest; noted in the register</source>
        <translation>按签名清单重新计算备份的摘要；结果记入备份登记</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Checking backup {run}…</source>
        <translation>正在检测备份 {run}…</translation>
    </message>
    <message>
        <source>Backup {run}: checked {n} objects ({size}).</source>
        <translation>备份 {run}：已检测 {n} 个对象（{size}）。</translation>
    </message>
    <message>
        <source>Backup DAMAGED: {problems}</source>
        <translation>备份已损坏：{problems}</translation>
    </message>
    <message>
        <source>Scheduled fixity check</source>
        <translation>定期完整性校验</translation>
    </message>
    <message>
        <source>Run today's check now</source>
        <translation>立即执行今日校验</translation>
    </message>
    <message>
        <source>Re-hash this run's share of the vault (SHA-256 and SM3) and run the storage four-properties checks of this run's share of the volumes</source>
        <translation>重新计算本次应校验的档案库对象摘要（SHA-256 与 SM3），并对本次应检的案卷进行长期保存四性检测</translation>
    </message>
    <message>
        <source>Four-properties checks (storage): no volume failed its last check.</source>
        <translation>四性检测（长期保存）：没有案卷在最近一次检测中未通过。</translation>
    </message>
    <message>
        <source>Four-properties checks (storage): {n} volumes failed their last check: {codes}. Their reports are on the archiving page.</source>
        <translation>四性检测（长期保存）：{n} 个案卷最近一次检测未通过：{codes}。检测报告可在归档页面查看。</translation>
    </message>
    <message>
        <source>Repair from a backup…</source>
        <translation>从备份修复…</translation>
    </message>
    <message>
        <source>Re-hashing this run's share of the vault…</source>
        <translation>正在校验本次应校验的档案库对象…</translation>
    </message>
    <message>
        <source>last run {when}: {n} objects re-hashed</source>
        <translation>上次校验 {when}：校验 {n} 个对象</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <source>{total} objects in the vault; {recent} re-hashed within {days} days, {overdue} overdue; {last}; next run due {next}.</source>
        <translation>档案库共 {total} 个对象；{days} 天内已校验 {recent} 个，逾期未校验 {overdue} 个；{last}；下次校验应于 {next}。</translation>
    </message>
    <message>
        <source>{n} objects failed their last check: repair them from a backup or an evidence disc.</source>
        <translation>{n} 个对象最近一次校验未通过：请从备份或证据光盘修复。</translation>
    </message>
    <message>
        <source>Dashboard warning</source>
        <translation>首页预警</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Warn when the last good backup is older than</source>
        <translation>最近一次成功备份超过此期限时预警</translation>
    </message>
    <message>
        <source>The dashboard alarms at twice this age, or when there is no good backup.</source>
        <translation>超过两倍期限或没有成功备份时，首页告警。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved: the dashboard warns after {n} days.</source>
        <translation>已保存：超过 {n} 天无成功备份时首页预警。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>Objects (new)</source>
        <translation>对象数（新增）</translation>
    </message>
    <message>
        <source>Size (copied)</source>
        <translation>大小（本次复制）</translation>
    </message>
    <message>
        <source>Audit trail up to</source>
        <translation>审计记录截至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最近检测</translation>
    </message>
    <message>
        <source>  (with signing key)</source>
        <translation>（含签名私钥）</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>校验时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 摘要</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>was altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>was missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Checked {n} objects; {k} repaired from {source}.</source>
        <translation>已校验 {n} 个对象；从 {source} 修复 {k} 个。</translation>
    </message>
    <message>
        <source>the damaged file was kept in {path}</source>
        <translation>损坏的文件已保留在 {path}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Repair from a backup</source>
        <translation>从备份修复</translation>
    </message>
    <message>
        <source>{n} vault objects failed their last check. The repair re-hashes every object and puts back each missing or altered one from the copy you name, only when its SHA-256 and SM3 are the catalogue's. A damaged file is kept in the quarantine folder, never deleted; each repair is in the audit trail.</source>
        <translation>{n} 个档案库对象最近一次校验未通过。修复将重新校验每个对象，并从您指定的副本恢复缺失或被改动的对象，仅当副本的 SHA-256 与 SM3 摘要与目录一致时才写入。损坏的文件保留在隔离文件夹中，不会删除；每次修复均记入审计记录。</translation>
    </message>
    <message>
        <source>A backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>An evidence disc (image file or drive)</source>
        <translation>证据光盘（镜像文件或光驱）</translation>
    </message>
    <message>
        <source>Folder given to the backup, or a disc image (.iso) or drive</source>
        <translation>备份时指定的文件夹，或光盘镜像（.iso）、光驱</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>修复结果显示在此处。</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Evidence disc image</source>
        <translation>证据光盘镜像</translation>
    </message>
    <message>
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>光盘镜像 (*.iso);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name the backup folder or the disc first.</source>
        <translation>请先指定备份文件夹或光盘。</translation>
    </message>
    <message>
        <source>Checking the vault and repairing…</source>
        <translation>正在校验档案库并修复…</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>back up the vault, catalogue and keys to another disk (备份)</source>
        <translation>将证据库、目录和密钥备份到另一块磁盘</translation>
    </message>
    <message>
        <source>build a new home from a backup (never over an existing one)</source>
        <translation>从备份建立新的数据目录（绝不覆盖已有目录）</translation>
    </message>
    <message>
        <source>copy what is new to DIR and write a signed manifest</source>
        <translation>把新增内容复制到 DIR 并写入签名清单</translation>
    </message>
    <message>
        <source>re-hash a backup against its signed manifest</source>
        <translation>对照签名清单重新计算备份的哈希</translation>
    </message>
    <message>
        <source>the backup register, newest first</source>
        <translation>备份登记，最新的在前</translation>
    </message>
    <message>
        <source>show or change when the dashboard warns of an old backup</source>
        <translation>查看或修改仪表盘在备份过旧时何时提醒</translation>
    </message>
    <message>
        <source>include the signing key, encrypted with the passphrase in ARCHIVE_WS_KEY_PASSPHRASE (security administrator)</source>
        <translation>包含签名密钥，用 ARCHIVE_WS_KEY_PASSPHRASE 中的口令加密（安全管理员）</translation>
    </message>
    <message>
        <source>the run to check (default: the newest)</source>
        <translation>要核查的备份批次（默认：最新）</translation>
    </message>
    <message>
        <source>warn after N days without a good backup, alarm after twice N (default 7; system administrator)</source>
        <translation>N 天没有完好备份时提醒，2N 天时告警（默认 7；系统管理员）</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>新的或空的文件夹</translation>
    </message>
    <message>
        <source>an empty PostgreSQL database for the catalogue</source>
        <translation>用于目录的空 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>the run to restore (default: the newest)</source>
        <translation>要恢复的备份批次（默认：最新）</translation>
    </message>
</context>
</TS>
