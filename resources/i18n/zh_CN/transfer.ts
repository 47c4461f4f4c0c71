<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>transfer</name>
    <message>
        <source>BagIt structure and tag manifest</source>
        <translation>BagIt 结构与标签清单</translation>
    </message>
    <message>
        <source>Manifest signed by a trusted sender</source>
        <translation>清单由受信任的移交方签名</translation>
    </message>
    <message>
        <source>SHA-256 and SM3 of every file</source>
        <translation>每个文件的 SHA-256 与 SM3 摘要</translation>
    </message>
    <message>
        <source>Every listed file present, none unlisted</source>
        <translation>所列文件齐全，无清单外文件</translation>
    </message>
    <message>
        <source>Item numbers without gaps</source>
        <translation>件号连续无缺</translation>
    </message>
    <message>
        <source>Archive codes not yet held here</source>
        <translation>档号与本馆已有档案不重复</translation>
    </message>
    <message>
        <source>Metadata valid against the schema</source>
        <translation>元数据符合模式</translation>
    </message>
    <message>
        <source>Archival formats only</source>
        <translation>仅含归档格式</translation>
    </message>
    <message>
        <source>Audio-visual files readable</source>
        <translation>音视频文件可读</translation>
    </message>
    <message>
        <source>Audit checkpoint signed by the sender</source>
        <translation>审计检查点由移交方签名</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>archival package transferred</source>
        <translation>档案移交</translation>
    </message>
    <message>
        <source>archival package received</source>
        <translation>档案接收</translation>
    </message>
    <message>
        <source>volume received</source>
        <translation>接收案卷</translation>
    </message>
    <message>
        <source>sending archive's key trusted</source>
        <translation>信任移交单位密钥</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{file}: not a BagIt 1.0 declaration.</source>
        <translation>{file}：不是 BagIt 1.0 声明文件。</translation>
    </message>
    <message>
        <source>{file}: cannot be read as part of a bag ({reason}).</source>
        <translation>{file}：无法作为 BagIt 包的一部分读取（{reason}）。</translation>
    </message>
    <message>
        <source>{file}: does not match the tag manifest.</source>
        <translation>{file}：与标签清单不符。</translation>
    </message>
    <message>
        <source>{file}: lists other files than manifest-sha256.txt.</source>
        <translation>{file}：所列文件与 manifest-sha256.txt 不一致。</translation>
    </message>
    <message>
        <source>{file}: the Payload-Oxum counts {oxum} files, the manifest {n}.</source>
        <translation>{file}：Payload-Oxum 记载 {oxum} 个文件，清单为 {n} 个。</translation>
    </message>
    <message>
        <source>{file}: listed in the manifest but missing.</source>
        <translation>{file}：清单中列出但缺失。</translation>
    </message>
    <message>
        <source>{file}: in the package but listed nowhere.</source>
        <translation>{file}：存在于包中但未列入任何清单。</translation>
    </message>
    <message>
        <source>{file}: in the bag manifest but missing.</source>
        <translation>{file}：BagIt 清单中列出但缺失。</translation>
    </message>
    <message>
        <source>{file}: cannot be read.</source>
        <translation>{file}：无法读取。</translation>
    </message>
    <message>
        <source>{file}: its SHA-256 differs from the bag manifest.</source>
        <translation>{file}：SHA-256 摘要与 BagIt 清单不符。</translation>
    </message>
    <message>
        <source>{file}: its {what} differs from the signed manifest.</source>
        <translation>{file}：{what} 与签名清单不符。</translation>
    </message>
    <message>
        <source>{file}: the signature does not verify.</source>
        <translation>{file}：签名验证未通过。</translation>
    </message>
    <message>
        <source>{file}: signed by a key that is not trusted here (fingerprint {fingerprint}).</source>
        <translation>{file}：签名密钥未被本工作站信任（指纹 {fingerprint}）。</translation>
    </message>
    <message>
        <source>{file}: missing.</source>
        <translation>{file}：缺失。</translation>
    </message>
    <message>
        <source>{file}: not a checkpoint.</source>
        <translation>{file}：不是审计检查点。</translation>
    </message>
    <message>
        <source>{file}: the checkpoint is not signed by the sender's key.</source>
        <translation>{file}：审计检查点不是由移交方密钥签名的。</translation>
    </message>
    <message>
        <source>{file}: archive code {code} is already held here.</source>
        <translation>{file}：档号 {code} 本馆已有。</translation>
    </message>
    <message>
        <source>{file}: item numbers missing {gaps}, given twice {twice}.</source>
        <translation>{file}：缺少件号 {gaps}，重复件号 {twice}。</translation>
    </message>
    <message>
        <source>{file}: a file the volume names is not in the package.</source>
        <translation>{file}：案卷所列文件不在包中。</translation>
    </message>
    <message>
        <source>{file}: the item's content is not in the package.</source>
        <translation>{file}：该件的内容文件不在包中。</translation>
    </message>
    <message>
        <source>{file}: .{ext} is not an archival format.</source>
        <translation>{file}：.{ext} 不是归档格式。</translation>
    </message>
    <message>
        <source>{file}: its content is not the .{ext} it is named.</source>
        <translation>{file}：内容与扩展名 .{ext} 不符。</translation>
    </message>
    <message>
        <source>{file}: cannot be played: {reason}</source>
        <translation>{file}：无法播放：{reason}</translation>
    </message>
    <message>
        <source>{file}: holds no audio or video.</source>
        <translation>{file}：不含音频或视频。</translation>
    </message>
    <message>
        <source>{file}: missing, or not a transfer manifest.</source>
        <translation>{file}：缺失，或不是移交清单文件。</translation>
    </message>
    <message>
        <source>No filed volume of {year} matches: nothing to transfer.</source>
        <translation>{year} 年度没有符合条件的已归档案卷，无可移交。</translation>
    </message>
    <message>
        <source>File the cases first, or name volumes of that year with --volume.</source>
        <translation>请先归档案件，或用 --volume 指定该年度的案卷。</translation>
    </message>
    <message>
        <source>The package cannot be written to {path}: {reason}.</source>
        <translation>无法将档案包写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Name a folder that does not exist yet, on a disk with room; nothing was written.</source>
        <translation>请指定一个尚不存在、所在磁盘空间充足的文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not an archival package: {reason}.</source>
        <translation>{path} 不是档案包：{reason}。</translation>
    </message>
    <message>
        <source>Name the package folder (the one holding bagit.txt); nothing was received.</source>
        <translation>请指定档案包文件夹（含 bagit.txt 的文件夹）；未接收任何内容。</translation>
    </message>
    <message>
        <source>The package was refused: {problem} (check {check}; {count} problems in all).</source>
        <translation>档案包被拒收：{problem}（检测项 {check}；共 {count} 个问题）。</translation>
    </message>
    <message>
        <source>Nothing was received. Ask the sender for a sound package.</source>
        <translation>未接收任何内容。请移交单位重新提供完好的档案包。</translation>
    </message>
    <message>
        <source>The key file {name} holds no public signing key.</source>
        <translation>密钥文件 {name} 中没有签名公钥。</translation>
    </message>
    <message>
        <source>Use the sender-key.json from the sending workstation (archive-ws transfer key).</source>
        <translation>请使用移交工作站导出的 sender-key.json（archive-ws transfer key）。</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>该位置已存在</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>其所在文件夹不存在</translation>
    </message>
    <message>
        <source>name the receiving archive (--to)</source>
        <translation>请指定接收单位（--to）</translation>
    </message>
    <message>
        <source>it holds no bagit.txt</source>
        <translation>其中没有 bagit.txt</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>接收登记</translation>
    </message>
    <message>
        <source>name the sending archive (--name)</source>
        <translation>请指定移交单位名称（--name）</translation>
    </message>
    <message>
        <source>transfer archive volumes to another archive</source>
        <translation>向其他档案馆移交案卷</translation>
    </message>
    <message>
        <source>receive archival packages</source>
        <translation>接收档案包</translation>
    </message>
    <message>
        <source>trust the signing key of a sending archive</source>
        <translation>信任移交单位的签名密钥</translation>
    </message>
    <message>
        <source>Volume {code} is not transferred: the four-properties checks found problems: {problems}</source>
        <translation>案卷 {code} 未移交：四性检测发现问题：{problems}</translation>
    </message>
    <message>
        <source>Put the volume's content right (see its check report) and transfer again; nothing was written.</source>
        <translation>请按检测报告纠正该卷内容后重新移交；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Transferred {n} volumes of {year} to {recipient}: package {id} at {target} ({files} files, {mb:.1f} MB).</source>
        <translation>已向{recipient}移交 {year} 年度 {n} 卷：档案包 {id}，位于 {target}（{files} 个文件，{mb:.1f} MB）。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Package {id} was received already on {date}: nothing changed.</source>
        <translation>档案包 {id} 已于 {date} 接收，本次未作任何改动。</translation>
    </message>
    <message>
        <source>Received package {id} from {sender}: {n} volumes, {items} items, {files} files; every receipt check passed.</source>
        <translation>已接收{sender}移交的档案包 {id}：{n} 卷，{items} 件，{files} 个文件；各项接收检测均通过。</translation>
    </message>
    <message>
        <source>Wrote the public key to {file}; fingerprint {fingerprint}.</source>
        <translation>公钥已写入 {file}；指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>Packages signed by {name} (fingerprint {fingerprint}) are trusted.</source>
        <translation>已信任{name}签名的档案包（指纹 {fingerprint}）。</translation>
    </message>
</context>
</TS>
