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
    <message>
        <source>Disc holds the package only and reads back whole</source>
        <translation>光盘只载有本包且完整读出</translation>
    </message>
    <message>
        <source>The package was read from a folder, not from a disc image.</source>
        <translation>本包从文件夹读取，不是光盘映像。</translation>
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
    <message>
        <source>it is not a readable disc image</source>
        <translation>它不是可读的光盘映像</translation>
    </message>
    <message>
        <source>the disc image has no readable UDF file system</source>
        <translation>光盘映像中没有可读的 UDF 文件系统</translation>
    </message>
    <message>
        <source>{file}: on the disc image {image} but not part of the package.</source>
        <translation>{file}：在光盘映像 {image} 上，但不属于本包。</translation>
    </message>
    <message>
        <source>{file}: the disc image is cut short: {size} bytes of the {recorded} its volume records.</source>
        <translation>{file}：光盘映像不完整，只有 {size} 字节，其卷描述记载为 {recorded} 字节。</translation>
    </message>
    <message>
        <source>{file}: read back {got} of its {size} bytes from the disc image {image}.</source>
        <translation>{file}：从光盘映像 {image} 只读出 {got} 字节，应为 {size} 字节。</translation>
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
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
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
        <source>Transferred</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>文件（大小）</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Volumes (items)</source>
        <translation>卷数（件数）</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>档案包</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Item checked</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Transfer and receipt</source>
        <translation>移交与接收</translation>
    </message>
    <message>
        <source>Transfer (移交) to an archive</source>
        <translation>向档案馆移交</translation>
    </message>
    <message>
        <source>The receiving archive, e.g. the county archives</source>
        <translation>接收单位，例如县档案馆</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>A new folder for the package, or FILE.iso for a disc</source>
        <translation>档案包的新文件夹，或刻盘用的 文件.iso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>生成档案包</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Transfer register (移交登记)</source>
        <translation>移交登记</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>档案包所在文件夹</translation>
    </message>
    <message>
        <source>Name the receiving archive first.</source>
        <translation>请先填写接收单位。</translation>
    </message>
    <message>
        <source>Choose where to write the package first.</source>
        <translation>请先选择档案包的写入位置。</translation>
    </message>
    <message>
        <source>Checking the volumes (四性检测) and writing the package…</source>
        <translation>正在进行四性检测并生成档案包…</translation>
    </message>
    <message>
        <source>Package {id} written to {target}: {n} volumes, {files} files ({size}).</source>
        <translation>档案包 {id} 已写入 {target}：{n} 卷，{files} 个文件（{size}）。</translation>
    </message>
    <message>
        <source>Receipt (接收) of a package</source>
        <translation>接收档案包</translation>
    </message>
    <message>
        <source>The package folder (the one holding bagit.txt), or its disc image (.iso)</source>
        <translation>档案包文件夹（含 bagit.txt 的文件夹），或其光盘映像（.iso）</translation>
    </message>
    <message>
        <source>Disc image…</source>
        <translation>光盘映像…</translation>
    </message>
    <message>
        <source>Disc image of a package</source>
        <translation>档案包的光盘映像</translation>
    </message>
    <message>
        <source>Disc images (*.iso)</source>
        <translation>光盘映像 (*.iso)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>档案包：</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>仅检测</translation>
    </message>
    <message>
        <source>Check and receive</source>
        <translation>检测并接收</translation>
    </message>
    <message>
        <source>Receipt register (接收登记)</source>
        <translation>接收登记</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>档案包文件夹</translation>
    </message>
    <message>
        <source>Choose the package folder first.</source>
        <translation>请先选择档案包文件夹。</translation>
    </message>
    <message>
        <source>Checking the package: bag, signature, digests, metadata, formats, 四性检测…</source>
        <translation>正在检测档案包：BagIt 结构、签名、摘要、元数据、格式、四性检测…</translation>
    </message>
    <message>
        <source>Every check passed: the package can be received.</source>
        <translation>各项检测均通过，可以接收。</translation>
    </message>
    <message>
        <source>{n} problems found: the package would be refused.</source>
        <translation>发现 {n} 个问题，该档案包将被拒收。</translation>
    </message>
    <message>
        <source>This package was received already on {date}: nothing changed.</source>
        <translation>该档案包已于 {date} 接收，本次未作任何改动。</translation>
    </message>
    <message>
        <source>Received {n} volumes ({items} items) from {sender}; the check report is kept with the receipt.</source>
        <translation>已接收{sender}移交的 {n} 卷（{items} 件），检测登记表随接收登记保存。</translation>
    </message>
    <message>
        <source>The package was refused: {n} problems. Nothing was received.</source>
        <translation>档案包被拒收：共 {n} 个问题，未接收任何内容。</translation>
    </message>
</context>
</TS>
