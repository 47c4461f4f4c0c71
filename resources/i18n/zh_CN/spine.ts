<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="42"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="43"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="44"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="55"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="56"/>
        <location filename="../../../ui/spine/audit_page.py" line="98"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="56"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="57"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="57"/>
        <location filename="../../../ui/spine/audit_page.py" line="100"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="58"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="90"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="99"/>
        <source>Action (prefix, e.g. vault.)</source>
        <translation>操作（前缀，如 vault.）</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="101"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="107"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="131"/>
        <source>Select an event to see its details and hash.</source>
        <translation>选择一条事件以查看详情和哈希值。</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="135"/>
        <source>Verify trail</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="136"/>
        <source>Recompute the hash chain and check every signed checkpoint (Art. 27)</source>
        <translation>重新计算哈希链并核对每个签名检查点（第二十七条）</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="140"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="154"/>
        <source>Audit trail — every action, hash-chained and signed (Art. 5, 27)</source>
        <translation>审计日志 — 每项操作均哈希链接并签名（第五条、第二十七条）</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="181"/>
        <source>{n} events</source>
        <translation>共 {n} 条事件</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="207"/>
        <source>Audit trail intact</source>
        <translation>审计日志完整</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="208"/>
        <source>{n} events and {c} signed checkpoints verified. Nothing was altered, deleted or cut off.</source>
        <translation>已校验 {n} 条事件和 {c} 个签名检查点，未发现篡改、删除或截断。</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="211"/>
        <source>Audit trail TAMPERED</source>
        <translation>审计日志被篡改</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="212"/>
        <source>The trail was altered (Art. 27, Art. 31). First bad event: #{seq}.

{problems}</source>
        <translation>审计日志已被改动（第二十七条、第三十一条）。第一条异常事件：#{seq}。

{problems}</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="217"/>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="219"/>
        <source>Audit export (*.jsonl)</source>
        <translation>审计导出文件 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="224"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/audit_page.py" line="225"/>
        <source>{n} events and {c} signed checkpoints written.</source>
        <translation>已写出 {n} 条事件和 {c} 个签名检查点。</translation>
    </message>
    <message>
        <source>the workstation itself</source>
        <translation>系统（自动）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../ui/shell/login.py" line="33"/>
        <source>Enforcement Record Archive Workstation — Sign in</source>
        <translation>执法全过程记录归档工作站 — 登录</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="36"/>
        <source>Enforcement Record Archive Workstation</source>
        <translation>执法全过程记录归档工作站</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="42"/>
        <source>Opening the catalogue…</source>
        <translation>正在打开档案目录…</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="54"/>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="55"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="56"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="63"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="64"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="96"/>
        <source>First start: create the security administrator, who then creates the other users (Art. 25: records are kept by dedicated staff).</source>
        <translation>首次启动：请创建安全管理员，由其创建其他用户（第二十五条：由专人负责记录的归档、保管和使用）。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="98"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="101"/>
        <source>Workstation {name}</source>
        <translation>工作站 {name}</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="105"/>
        <source>The catalogue could not be opened.</source>
        <translation>无法打开档案目录。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="113"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/login.py" line="116"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="35"/>
        <source>Enforcement Record Archive Workstation</source>
        <translation>执法全过程记录归档工作站</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="69"/>
        <source>Your roles give access to no area of this workstation. Ask the security administrator.</source>
        <translation>您的角色无权访问本工作站的任何功能区，请联系安全管理员。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="75"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL（多工作站）</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="75"/>
        <source>embedded SQLite</source>
        <translation>内置 SQLite</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="76"/>
        <source>User: {name} ({roles})   |   Workstation: {ws}   |   Catalogue: {db}</source>
        <translation>当前用户：{name}（{roles}）   |   工作站：{ws}   |   数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="88"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="89"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="94"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../../ui/shell/main_window.py" line="95"/>
        <source>Enforcement Record Archive Workstation

Keeps the text and audio-visual records that the Hebei Measures on Whole-Process Recording of Administrative Enforcement require, with a write-once evidence vault and a tamper-evident audit trail.</source>
        <translation>执法全过程记录归档工作站

依据《河北省行政执法全过程记录办法》保存文字记录和音像记录，证据库一次写入不可改写，审计日志防篡改。</translation>
    </message>
    <message>
        <source>&amp;Switch user / sign out</source>
        <translation>切换用户/退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>This page shows no list to print. Open a list (the case list, the device register…) first.</source>
        <translation>本页没有可打印的列表。请先打开一个列表（案件列表、设备登记簿等）。</translation>
    </message>
    <message>
        <source>Print — {page}</source>
        <translation>打印 — {page}</translation>
    </message>
    <message>
        <source>Printed by {name}</source>
        <translation>打印人：{name}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>共 {count} 行</translation>
    </message>
    <message>
        <source>Printed: {page}</source>
        <translation>已打印：{page}</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="102"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="108"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="110"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="111"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Replace the signing key</source>
        <translation>更换签名密钥</translation>
    </message>
    <message>
        <source>The workstation gets a new signing key; the current key {key} is retired. Its checkpoints keep verifying, and it signs the hand-over unless it is lost or compromised. Recorded in the audit trail (Art. 7).</source>
        <translation>工作站将启用新的签名密钥，当前密钥 {key} 停用。当前密钥签署的检查点仍可验证；除非该密钥已丢失或泄露，交接声明由它签署。此操作记入审计日志（第七条）。</translation>
    </message>
    <message>
        <source>e.g. routine yearly replacement</source>
        <translation>例如：每年例行更换</translation>
    </message>
    <message>
        <source>The current key is lost or compromised: it must not sign the hand-over</source>
        <translation>当前密钥已丢失或泄露：不得用它签署交接声明</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RolesBox</name>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="89"/>
        <source>The auditor, security administrator and system administrator roles are each held alone (separation of duties).</source>
        <translation>安全审计员、安全管理员和系统管理员角色须分别由不同账号单独担任（三员分立）。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Replace signing key…</source>
        <translation>更换签名密钥…</translation>
    </message>
    <message>
        <source>Workstation signing key: {key}</source>
        <translation>工作站签名密钥：{key}</translation>
    </message>
    <message>
        <source>(replaced {old} → {new}; the old key signed the hand-over)</source>
        <translation>（已更换 {old} → {new}；交接声明已由旧密钥签署）</translation>
    </message>
    <message>
        <source>(replaced {old} → {new}; NOT signed by the old key)</source>
        <translation>（已更换 {old} → {new}；交接声明未经旧密钥签署）</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="59"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="60"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="61"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="69"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="71"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="73"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="125"/>
        <location filename="../../../ui/spine/users_page.py" line="163"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="139"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="139"/>
        <source>Roles…</source>
        <translation>设置角色…</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="140"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="140"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="141"/>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="146"/>
        <source>Users and roles (Art. 25)</source>
        <translation>用户与角色（第二十五条）</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="163"/>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="182"/>
        <source>Roles of {user}</source>
        <translation>{user} 的角色</translation>
    </message>
    <message>
        <location filename="../../../ui/spine/users_page.py" line="197"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>password reset: to be changed by the user</source>
        <translation>密码已重置，待用户本人修改</translation>
    </message>
    <message>
        <source>Temporary password for {user}; they must set their own at the next sign-in:</source>
        <translation>为 {user} 设置临时密码；该用户下次登录时须自行设置新密码：</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>workstation signing key replaced</source>
        <translation>更换工作站签名密钥</translation>
    </message>
    <message>
      <source>interrupted disc build cleared up</source>
      <translation>清理中断的光盘制作</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="8"/>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="9"/>
        <source>access refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="10"/>
        <source>first administrator created</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="11"/>
        <source>user created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="12"/>
        <source>roles changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="13"/>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="14"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="15"/>
        <source>account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="16"/>
        <source>account unlocked</source>
        <translation>账号解锁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="17"/>
        <source>account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="18"/>
        <source>account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="19"/>
        <source>workstation key registered</source>
        <translation>登记工作站密钥</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="20"/>
        <source>catalogue schema upgraded</source>
        <translation>升级数据库结构</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="21"/>
        <source>stored in vault</source>
        <translation>存入证据库</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="22"/>
        <source>duplicate linked</source>
        <translation>重复文件已关联</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="23"/>
        <source>vault fixity check</source>
        <translation>证据库完整性校验</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="24"/>
        <source>unfinished copies removed</source>
        <translation>清理未完成的复制</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="25"/>
        <source>audit trail verified</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="26"/>
        <source>audit trail exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="27"/>
        <source>checkpoint signed</source>
        <translation>签署检查点</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="28"/>
        <source>archive-code scheme changed</source>
        <translation>档号规则已更改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="29"/>
        <source>case archived</source>
        <translation>案件已归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="30"/>
        <source>case created</source>
        <translation>案件已创建</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="31"/>
        <source>cases imported</source>
        <translation>案件已导入</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="32"/>
        <source>officer added to case</source>
        <translation>执法人员已加入案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="33"/>
        <source>party added to case</source>
        <translation>当事人已加入案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="34"/>
        <source>people added to case</source>
        <translation>人员已加入案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="35"/>
        <source>case updated</source>
        <translation>案件信息已修改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="36"/>
        <source>checklist item linked</source>
        <translation>记录事项已关联文书</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="37"/>
        <source>checklist item marked not applicable</source>
        <translation>记录事项已标记为不适用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="38"/>
        <source>not-applicable mark cleared</source>
        <translation>已取消不适用标记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="39"/>
        <source>checklist link removed</source>
        <translation>记录事项关联已解除</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="40"/>
        <source>checklist template edited</source>
        <translation>记录事项模板已修改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="41"/>
        <source>compliance check of all cases</source>
        <translation>全部案件合规检查</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="42"/>
        <source>demo data loaded</source>
        <translation>已载入演示数据</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="43"/>
        <source>stock-taking finished</source>
        <translation>盘点已结束</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="44"/>
        <source>device scanned in stock-taking</source>
        <translation>盘点中清点设备</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="45"/>
        <source>stock-taking started</source>
        <translation>盘点已开始</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="46"/>
        <source>device checked in</source>
        <translation>设备已归还</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="47"/>
        <source>device checked out</source>
        <translation>设备已领用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="48"/>
        <source>device registered</source>
        <translation>设备已登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="49"/>
        <source>maintenance finished</source>
        <translation>维护已完成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="50"/>
        <source>maintenance started</source>
        <translation>维护已开始</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="51"/>
        <source>maintenance plan activated</source>
        <translation>维护计划已启用</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="52"/>
        <source>maintenance plan created</source>
        <translation>维护计划已创建</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="53"/>
        <source>device report written</source>
        <translation>设备报表已生成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="54"/>
        <source>device status changed</source>
        <translation>设备状态已变更</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="55"/>
        <source>device updated</source>
        <translation>设备信息已修改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="56"/>
        <source>disc set built</source>
        <translation>光盘组已制作</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="57"/>
        <source>disc build started</source>
        <translation>开始制作光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="58"/>
        <source>disc image built</source>
        <translation>光盘镜像已生成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="59"/>
        <source>disc burned</source>
        <translation>光盘已刻录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="60"/>
        <source>disc copy located</source>
        <translation>光盘存放位置已登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="61"/>
        <source>disc re-checked</source>
        <translation>光盘已复检</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="62"/>
        <source>disc image verified</source>
        <translation>光盘镜像已校验</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="63"/>
        <source>A/V item list edited</source>
        <translation>音像记录事项目录已修改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="64"/>
        <source>24-hour exception recorded</source>
        <translation>已登记24小时存储例外情形</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="65"/>
        <source>A/V details edited</source>
        <translation>音像资料信息已修改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="66"/>
        <source>dock folder added</source>
        <translation>已添加采集站目录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="67"/>
        <source>dock folder removed</source>
        <translation>已移除采集站目录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="68"/>
        <source>file queued for ingest</source>
        <translation>文件已加入导入队列</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="69"/>
        <source>evidence flag changed</source>
        <translation>证据标记已更改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="70"/>
        <source>recording gap explained</source>
        <translation>记录中断已说明</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="71"/>
        <source>A/V ingested</source>
        <translation>音像资料已导入</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="72"/>
        <source>duplicate A/V linked</source>
        <translation>重复音像资料已关联</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="73"/>
        <source>A/V ingest failed</source>
        <translation>音像资料导入失败</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="74"/>
        <source>interrupted ingest resumed</source>
        <translation>中断的导入已恢复</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="75"/>
        <source>ingest retried</source>
        <translation>导入已重试</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="76"/>
        <source>A/V linked to case</source>
        <translation>音像资料已关联案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="77"/>
        <source>markers saved</source>
        <translation>时间标记已保存</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="78"/>
        <source>A/V setting changed</source>
        <translation>音像设置已更改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="79"/>
        <source>snapshot saved</source>
        <translation>截图已保存</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="80"/>
        <source>source file not deleted</source>
        <translation>源文件未删除</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="81"/>
        <source>source file deleted after verified copy</source>
        <translation>校验复制后已删除源文件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="82"/>
        <source>A/V tags changed</source>
        <translation>音像标签已更改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="83"/>
        <source>A/V TAMPERING DETECTED</source>
        <translation>发现音像资料被篡改</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="84"/>
        <source>A/V unlinked from case</source>
        <translation>音像资料已取消关联案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="85"/>
        <source>A/V played</source>
        <translation>音像资料已播放</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="86"/>
        <source>A/V exported</source>
        <translation>音像资料已导出</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="87"/>
        <source>officer registered</source>
        <translation>执法人员已登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="88"/>
        <source>document registered</source>
        <translation>文书已登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="89"/>
        <source>document corrected (new version)</source>
        <translation>文书已更正（新版本）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="90"/>
        <source>case evaluation report written</source>
        <translation>案卷评查报告已生成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="91"/>
        <source>volume catalogue written</source>
        <translation>卷内目录已生成</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="92"/>
        <source>case filed as volume</source>
        <translation>案件已立卷</translation>
    </message>
    <message>
        <source>data home made private to its owner</source>
        <translation>数据目录权限已收紧为仅所有者可访问</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="1"/>
        <source>unsigned trail head found</source>
        <translation>发现未签名的审计日志头</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="1"/>
        <source>TRAIL HEAD SIGNATURE INVALID</source>
        <translation>审计日志头签名无效</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="1"/>
        <source>record state noted</source>
        <translation>记录状态已登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="1"/>
        <source>interrupted copy catalogued</source>
        <translation>中断的存储已登记入目录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/audit/actions.py" line="1"/>
        <source>uncatalogued object found</source>
        <translation>发现未登记的对象</translation>
    </message>
    <message>
        <source>scheduled vault fixity check</source>
        <translation>档案库定期固定性检测</translation>
    </message>
    <message>
        <source>VAULT OBJECT TAMPERING DETECTED</source>
        <translation>发现档案库对象被篡改</translation>
    </message>
    <message>
        <source>archival metadata written</source>
        <translation>写出档案元数据</translation>
    </message>
    <message>
        <source>parties or officers removed from case</source>
        <translation>从案件中移除当事人或执法人员</translation>
    </message>
    <message>
        <source>case filed despite compliance findings</source>
        <translation>案件存在合规问题仍予归档</translation>
    </message>
    <message>
        <source>recording time set</source>
        <translation>设定录制时间</translation>
    </message>
    <message>
        <source>equipment setting changed</source>
        <translation>更改装备设置</translation>
    </message>
    <message>
        <source>statistics report written</source>
        <translation>生成统计报表</translation>
    </message>
    <message>
        <source>Art. 31 register exported</source>
        <translation>导出第三十一条情形登记</translation>
    </message>
    <message>
        <source>findings snapshot taken</source>
        <translation>保存合规问题快照</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Signing key replaced: {old} → {new} (event #{seq}); the old key signed the hand-over.</source>
        <translation>签名密钥已更换：{old} → {new}（事件 #{seq}）；交接声明已由旧密钥签署。</translation>
    </message>
    <message>
        <source>Signing key replaced: {old} → {new} (event #{seq}); the old key did NOT sign the hand-over (lost or compromised).</source>
        <translation>签名密钥已更换：{old} → {new}（事件 #{seq}）；交接声明未经旧密钥签署（旧密钥丢失或泄露）。</translation>
    </message>
    <message>
        <source>signed by the old key</source>
        <translation>已由旧密钥签署</translation>
    </message>
    <message>
        <source>the old key's signature does NOT verify</source>
        <translation>旧密钥的签名验证不通过</translation>
    </message>
    <message>
        <source>not signed by the old key (lost or compromised)</source>
        <translation>未经旧密钥签署（旧密钥丢失或泄露）</translation>
    </message>
    <message>
        <source>Key rotation (event #{seq}, {at}, workstation {workstation}): {old} → {new}, {signed}; reason: {reason}. Checkpoints up to then verify with the old key, later ones with the new key.</source>
        <translation>密钥更换（事件 #{seq}，{at}，工作站 {workstation}）：{old} → {new}，{signed}；原因：{reason}。此前的检查点用旧密钥验证，此后的用新密钥验证。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli.py" line="49"/>
        <source>Name a user with --user (or ARCHIVE_WS_USER).</source>
        <translation>请用 --user（或 ARCHIVE_WS_USER）指定用户。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli.py" line="52"/>
        <source>Set the password in ARCHIVE_WS_PASSWORD.</source>
        <translation>请在 ARCHIVE_WS_PASSWORD 中设置密码。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli.py" line="55"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli.py" line="107"/>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="36"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="36"/>
        <source>{n} events, {c} signed checkpoints.</source>
        <translation>{n} 条事件，{c} 个签名检查点。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="38"/>
        <source>Audit trail intact.</source>
        <translation>审计日志完整。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="40"/>
        <source>Audit trail TAMPERED (Art. 27); first bad event: #{seq}</source>
        <translation>审计日志被篡改（第二十七条）；第一条异常事件：#{seq}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="51"/>
        <source>Wrote {n} events and {c} checkpoints to {file}.</source>
        <translation>已将 {n} 条事件和 {c} 个检查点写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/users_cmd.py" line="56"/>
        <source>Created the first administrator {user}.</source>
        <translation>已创建首个管理员 {user}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/users_cmd.py" line="77"/>
        <source>Created user {user}.</source>
        <translation>已创建用户 {user}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/users_cmd.py" line="89"/>
        <location filename="../../../archive_core/cli/users_cmd.py" line="95"/>
        <location filename="../../../archive_core/cli/users_cmd.py" line="101"/>
        <location filename="../../../archive_core/cli/users_cmd.py" line="107"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="49"/>
        <source>Checked {n} objects ({mb:.1f} MB).</source>
        <translation>已校验 {n} 个对象（{mb:.1f} MB）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="50"/>
        <source>MISSING  {sha}</source>
        <translation>缺失  {sha}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="51"/>
        <source>ALTERED  {sha}</source>
        <translation>已改动  {sha}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="52"/>
        <source>not catalogued  {sha}</source>
        <translation>未登记  {sha}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="53"/>
        <source>Vault intact.</source>
        <translation>证据库完整。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="53"/>
        <source>Vault damaged (Art. 27).</source>
        <translation>证据库受损（第二十七条）。</translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="1"/>
        <source>{n} catalogue records checked against the trail.</source>
        <translation>已按审计日志核对 {n} 条目录记录。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="1"/>
        <source>CHANGED OUTSIDE THE PROGRAM  {table} #{id} field {field} (last recorded by event #{seq})</source>
        <translation>被绕过程序修改  {table} #{id} 字段 {field}（最近一次由事件 #{seq} 记录）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="1"/>
        <source>DELETED OUTSIDE THE PROGRAM  {table} #{id} (last recorded by event #{seq})</source>
        <translation>被绕过程序删除  {table} #{id}（最近一次由事件 #{seq} 记录）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="1"/>
        <source>PRESENT ALTHOUGH DELETED  {table} #{id} (deletion recorded by event #{seq})</source>
        <translation>已删除却仍存在  {table} #{id}（删除由事件 #{seq} 记录）</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/audit_cmd.py" line="1"/>
        <source>not covered yet (no recorded state; covered at their next change): {table} {n} rows, e.g. #{ids}</source>
        <translation>尚未覆盖（审计日志中无其状态记录，下次经程序修改后覆盖）：{table} {n} 行，例如 #{ids}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/cli/vault_cmd.py" line="1"/>
        <source>Objects not catalogued were planted or left by an interrupted copy: a person must decide whether to keep them.</source>
        <translation>未登记的对象系人为放入或由中断的存储留下：须由人员决定是否保留。</translation>
    </message>
    <message>
        <source>Checked {n} of {total} objects ({mb:.1f} MB); {due} were due.</source>
        <translation>已检测 {total} 个对象中的 {n} 个（{mb:.1f} MB）；本次应检 {due} 个。</translation>
    </message>
    <message>
        <source>{n} due objects were left for the next run (time budget spent).</source>
        <translation>时间预算已用完，{n} 个应检对象留待下次检测。</translation>
    </message>
    <message>
        <source>TAMPER ALARM: the alarm is in the audit trail. Tell the security auditor; the system administrator repairs the objects with “vault repair”.</source>
        <translation>篡改告警：告警已记入审计日志。请通知安全审计员；系统管理员用“vault repair”修复这些对象。</translation>
    </message>
    <message>
        <source>Four-properties checks (storage): {n} of {total} volumes checked; {due} were due.</source>
        <translation>四性检测（长期保存）：已检测 {total} 个案卷中的 {n} 个；本次应检 {due} 个。</translation>
    </message>
    <message>
        <source>FAILED  {code}: {n} check items, report {report}</source>
        <translation>未通过  {code}：{n} 个检测项目，检测报告 {report}</translation>
    </message>
    <message>
        <source>{n} due volumes were left for the next run (time budget spent).</source>
        <translation>时间预算已用完，{n} 个应检案卷留待下次检测。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>replace the workstation's signing key</source>
        <translation>更换工作站签名密钥</translation>
    </message>
    <message>
        <source>the reason for replacing the key</source>
        <translation>更换密钥的原因</translation>
    </message>
    <message>
        <source>Invalid input: say why the signing key is replaced (lost, compromised or routine) with --reason.</source>
        <translation>输入无效：请用 --reason 说明更换签名密钥的原因（丢失、泄露或例行更换）。</translation>
    </message>
    <message>
      <source>personal privacy</source>
      <translation>个人隐私</translation>
    </message>
    <message>
      <source>commercial secret</source>
      <translation>商业秘密</translation>
    </message>
    <message>
      <source>User {user} may not copy {name} out of the workstation: it is marked {level}, and only a user who may open privacy or commercial-secret records may copy it out (Art. 25).</source>
      <translation>用户 {user} 不能将 {name} 复制出工作站：其密级为“{level}”，只有有权查看隐私或商业秘密记录的用户才能复制（第二十五条）。</translation>
    </message>
    <message>
      <source>Leave it out, or ask a user who holds that right to do it; the security administrator grants roles.</source>
      <translation>请不要包含该记录，或请有此权限的用户办理；角色由安全管理员授予。</translation>
    </message>
    <message>
      <source>This was changed by someone else while you were changing it.</source>
      <translation>您修改期间，该内容已被他人修改。</translation>
    </message>
    <message>
      <source>Nothing was saved. Reload it, check the current values, then make your change again if it is still needed.</source>
      <translation>未保存任何内容。请重新载入，核对当前内容；如仍需修改，请重新修改。</translation>
    </message>
    <message>
      <source>Invalid input in {field}: {reason}</source>
      <translation>{field}输入无效：{reason}</translation>
    </message>
    <message>
      <source>character {position} is a control character; remove it</source>
      <translation>第 {position} 个字符是控制字符，请删除</translation>
    </message>
    <message>
      <source>{length} characters, at most {limit} are kept; shorten it</source>
      <translation>共 {length} 个字符，最多保存 {limit} 个，请缩短</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The disk is full: a file could not be written.</source>
        <translation>磁盘已满：有文件未能写入。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>A file could not be written: the disk is read-only.</source>
        <translation>有文件未能写入：磁盘为只读。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The system refused access to a file or folder.</source>
        <translation>系统拒绝访问某个文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The catalogue {where} is locked by another program or workstation.</source>
        <translation>目录数据库 {where} 正被其他程序或工作站锁定。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Nothing was saved. Wait a moment and try again; if it stays locked, close the other program.</source>
        <translation>未保存任何内容。请稍候重试；如仍被锁定，请关闭占用它的程序。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The disk holding the catalogue {where} is full.</source>
        <translation>目录数据库 {where} 所在的磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Nothing was saved. Free space on that disk, then try again.</source>
        <translation>未保存任何内容。请清理该磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The catalogue {where} can be read but not written.</source>
        <translation>目录数据库 {where} 只能读取，无法写入。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Nothing was saved. Check that the disk is not write-protected and that the catalogue file may be written, then try again.</source>
        <translation>未保存任何内容。请确认磁盘未写保护、目录数据库文件允许写入，然后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The connection to the catalogue database {where} failed or was lost.</source>
        <translation>与目录数据库 {where} 的连接失败或已断开。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The action was not completed. Check the network and that the database server is running, then try again.</source>
        <translation>操作未完成。请检查网络及数据库服务器是否正常运行，然后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The disk is full: could not write {path}.</source>
        <translation>磁盘已满：无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Free space on that disk, or choose another place, then try again.</source>
        <translation>请清理该磁盘的空间或另选位置，然后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} 位于只读磁盘上。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Remove the write protection or choose a writable place, then try again.</source>
        <translation>请解除写保护或另选可写入的位置，然后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>The system refused access to {path}.</source>
        <translation>系统拒绝访问 {path}。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Ask the system administrator for access to that place, or choose another one, then try again.</source>
        <translation>请向系统管理员申请该位置的访问权限，或另选位置，然后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>This is a fault in the program. The details were written to {log}; please send that file to the system administrator.</source>
        <translation>这是程序故障，详细信息已写入 {log}，请将该文件发送给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>This is a fault in the program, and its details could not be written to a log file.</source>
        <translation>这是程序故障，且详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <source>Invalid input: unknown or empty roles: {roles}.</source>
        <translation>输入无效：角色未知或为空：{roles}。</translation>
    </message>
    <message>
        <source>User {username} exists already.</source>
        <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="64"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="65"/>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="66"/>
        <source>verify the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="67"/>
        <source>export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="68"/>
        <source>store files in the vault</source>
        <translation>向证据库存入文件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="69"/>
        <source>check the vault&apos;s fixity</source>
        <translation>校验证据库完整性</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="70"/>
        <source>read case files</source>
        <translation>查看案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="71"/>
        <source>edit case files</source>
        <translation>编辑案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="72"/>
        <source>import case files</source>
        <translation>导入案卷</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="73"/>
        <source>see audio-visual records</source>
        <translation>查看音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="74"/>
        <source>ingest audio-visual records</source>
        <translation>导入音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="75"/>
        <source>link audio-visual records to cases</source>
        <translation>将音像记录关联到案件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="76"/>
        <source>play audio-visual records</source>
        <translation>播放音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="77"/>
        <source>export audio-visual records</source>
        <translation>导出音像记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="78"/>
        <source>open privacy or commercial-secret records</source>
        <translation>查看涉及个人隐私或商业秘密的记录</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="79"/>
        <source>file archive volumes</source>
        <translation>立卷归档</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="80"/>
        <source>build evidence discs</source>
        <translation>制作证据光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="81"/>
        <source>burn evidence discs</source>
        <translation>刻录证据光盘</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="82"/>
        <source>keep the disc register</source>
        <translation>管理光盘登记</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="83"/>
        <source>see the device register</source>
        <translation>查看设备台账</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="84"/>
        <source>manage devices</source>
        <translation>管理设备</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="85"/>
        <source>check devices out and in</source>
        <translation>办理设备领用和归还</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="86"/>
        <source>see retention periods</source>
        <translation>查看保管期限</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="87"/>
        <source>manage retention rules</source>
        <translation>管理保管期限规则</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="88"/>
        <source>place and release legal holds</source>
        <translation>设置和解除冻结</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="89"/>
        <source>request disposal</source>
        <translation>申请销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="90"/>
        <source>approve disposal</source>
        <translation>审批销毁</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="91"/>
        <source>see statistics and reports</source>
        <translation>查看统计和报表</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="92"/>
        <source>change workstation settings</source>
        <translation>修改工作站设置</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="125"/>
        <source>the auditor, security administrator and system administrator roles must each be held alone</source>
        <translation>安全审计员、安全管理员和系统管理员角色必须分别单独担任</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="18"/>
        <source>The operation failed: {reason}</source>
        <translation>操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="44"/>
        <source>Invalid input: {reason}</source>
        <translation>输入无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="50"/>
        <source>{what} not found: {key}</source>
        <translation>未找到{what}：{key}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="71"/>
        <source>User {user} may not {permission} (Art. 25: access by role).</source>
        <translation>用户 {user} 无权{permission}（第二十五条：按角色授权）。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="72"/>
        <source>Ask the security administrator for a role that includes it.</source>
        <translation>如需此权限，请联系安全管理员分配相应角色。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="78"/>
        <source>Could not store {name}: {reason}</source>
        <translation>无法保存 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="79"/>
        <source>Nothing was stored. Free space or fix the folder, then try again.</source>
        <translation>未保存任何内容。请释放空间或修复文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="84"/>
        <source>The vault disk is full while storing {name}.</source>
        <translation>保存 {name} 时证据库磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="85"/>
        <source>Nothing was stored. Free space on {path}, then try again.</source>
        <translation>未保存任何内容。请释放 {path} 所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py" line="91"/>
        <source>Integrity check failed: {reason}</source>
        <translation>完整性校验失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/progress.py" line="14"/>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>已取消，未留下写了一半的数据。</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/users.py" line="52"/>
        <source>a password needs at least 8 characters with both letters and digits</source>
        <translation>密码至少 8 位，且须同时包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/vault/store.py" line="129"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/vault/store.py" line="166"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/errors.py"/>
        <source>Unexpected error: {reason}</source>
        <translation>意外错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../../ui/kit/errors.py" line="18"/>
        <source>Could not complete</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <source>The data home {path} is not a folder.</source>
        <translation>数据目录 {path} 不是文件夹。</translation>
    </message>
    <message>
        <source>Name a folder (or a name not yet taken) with --home or ARCHIVE_WS_HOME.</source>
        <translation>请用 --home 或 ARCHIVE_WS_HOME 指定一个文件夹（或尚不存在的名称）。</translation>
    </message>
    <message>
        <source>The catalogue address {url} is not valid: {reason}.</source>
        <translation>目录数据库地址 {url} 无效：{reason}。</translation>
    </message>
    <message>
        <source>Give --db as sqlite:///PATH/catalogue.sqlite3 or postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>请将 --db 写成 sqlite:///路径/catalogue.sqlite3 或 postgresql://用户@主机[:端口]/数据库。</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>无法识别为地址</translation>
    </message>
    <message>
        <source>only SQLite and PostgreSQL catalogues are supported</source>
        <translation>仅支持 SQLite 和 PostgreSQL 目录数据库</translation>
    </message>
    <message>
        <source>The disk holding the catalogue {where} could not be read or written.</source>
        <translation>目录数据库 {where} 所在的磁盘无法读写。</translation>
    </message>
    <message>
        <source>Nothing was saved. Check that the disk is connected and has free space, then try again.</source>
        <translation>未保存任何内容。请检查磁盘是否连接正常、是否还有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>Invalid input: {name} nests its data too deeply to be read.</source>
        <translation>输入无效：{name} 的数据嵌套层级过深，无法读取。</translation>
    </message>
    <message>
        <source>Check that it is the right file; nothing was read from it.</source>
        <translation>请确认文件是否正确；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>Invalid input: line {line} of {name} is not an audit export or checkpoint record.</source>
        <translation>输入无效：{name} 第 {line} 行不是审计导出或检查点记录。</translation>
    </message>
    <message>
        <source>Invalid input: the demo takes 1 to {most} cases per enforcement type, not {asked}.</source>
        <translation>输入无效：演示数据每种执法类型可加载 1 至 {most} 件案件，而不是 {asked} 件。</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name or password, or the account is locked.</source>
        <translation>登录被拒绝：用户名或密码错误，或账号已被锁定。</translation>
    </message>
    <message>
        <source>After {most} wrong passwords in a row an account is locked for {minutes} minutes; the security administrator can unlock it sooner.</source>
        <translation>连续输错 {most} 次密码，账号将被锁定 {minutes} 分钟；安全管理员可提前解锁。</translation>
    </message>
    <message>
        <source>Your password was reset by the security administrator {by} on {at}; set a new password before anything else.</source>
        <translation>您的密码已由安全管理员 {by} 于 {at} 重置，请先设置新密码，然后再进行其他操作。</translation>
    </message>
    <message>
        <source>Run archive-ws --user {username} password with the reset password in ARCHIVE_WS_PASSWORD and your new one in ARCHIVE_WS_NEW_PASSWORD.</source>
        <translation>请运行 archive-ws --user {username} password，并在 ARCHIVE_WS_PASSWORD 中填写重置后的密码、在 ARCHIVE_WS_NEW_PASSWORD 中填写新密码。</translation>
    </message>
    <message>
        <source>the password may not be the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <source>this password is among the most common ones and is guessed first; choose another</source>
        <translation>该密码属于最常见的密码，最容易被猜中，请另选一个</translation>
    </message>
    <message>
        <source>the new password must differ from the old one</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
      <source>The copy of {name} does not match: expected SHA-256 {expected}, read {found}. It was not kept.</source>
      <translation>{name} 的副本与记录不符：应为 SHA-256 {expected}，读到 {found}。该副本未保留。</translation>
    </message>
    <message>
        <source>repair vault objects from a backup or a disc</source>
        <translation>从备份或光盘修复档案库对象</translation>
    </message>
    <message>
      <source>The vault disk is full for {name}: it needs {needed} and {free} are free.</source>
      <translation>档案库磁盘空间不足，无法保存 {name}：需要 {needed}，仅剩 {free}。</translation>
    </message>
    <message>
      <source>The disc images need {needed} in {path}, which has {free} free.</source>
      <translation>光盘镜像需要 {needed}，而 {path} 仅剩 {free}。</translation>
    </message>
    <message>
      <source>Nothing was built. Free space there or choose another folder, then build again.</source>
      <translation>未制作任何光盘。请清理该处空间或另选文件夹，然后重新制作。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date.</source>
        <translation>{field}：“{text}”不是有效的日期。</translation>
    </message>
    <message>
        <source>Write it as 2026年12月2日 or 2026-12-02.</source>
        <translation>请写成 2026年12月2日 或 2026-12-02。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date and time.</source>
        <translation>{field}：“{text}”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>Write it as 2026年12月2日 09:30 or 2026-12-02 09:30.</source>
        <translation>请写成 2026年12月2日 09:30 或 2026-12-02 09:30。</translation>
    </message>
    <message>
        <source>{field} {day} lies in the future (today is {today}).</source>
        <translation>{field}{day}晚于今天（今天是{today}），不可能。</translation>
    </message>
    <message>
        <source>Enter the day it really was; nothing was saved.</source>
        <translation>请填写实际日期；未保存任何内容。</translation>
    </message>
    <message>
        <source>Invalid input: {field} “{value}” is not one of the choices: {allowed}.</source>
        <translation>输入无效：{field}“{value}”不在可选值之内，可选：{allowed}。</translation>
    </message>
    <message>
        <source>a user name has 1–64 characters and no spaces</source>
        <translation>用户名为 1–64 个字符，不含空格</translation>
    </message>
    <message>
        <source>the first administrator exists already; log in instead</source>
        <translation>首位管理员已存在，请直接登录</translation>
    </message>
    <message>
        <source>nobody may change their own roles</source>
        <translation>任何人不得更改自己的角色</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="21"/>
        <source>Archivist</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="22"/>
        <source>Equipment clerk</source>
        <translation>装备管理员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="23"/>
        <source>Supervisor</source>
        <translation>监督人员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="24"/>
        <source>Security auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="25"/>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <location filename="../../../archive_core/spine/auth.py" line="26"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>data home (or ARCHIVE_WS_HOME; default: the user data folder)</source>
        <translation>数据目录（或 ARCHIVE_WS_HOME；默认：用户数据文件夹）</translation>
    </message>
    <message>
        <source>catalogue URL, e.g. postgresql://user@host/db (default: SQLite in the home)</source>
        <translation>目录数据库地址，如 postgresql://user@host/db（默认：数据目录中的 SQLite）</translation>
    </message>
    <message>
        <source>sign in as this user; the password comes from ARCHIVE_WS_PASSWORD</source>
        <translation>以此用户登录；密码取自 ARCHIVE_WS_PASSWORD</translation>
    </message>
    <message>
        <source>interface language (default zh_CN)</source>
        <translation>界面语言（默认 zh_CN）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读输出（JSON）</translation>
    </message>
    <message>
        <source>执法全过程记录归档工作站 — enforcement-record archive workstation. Without a subcommand the window opens.</source>
        <translation>执法全过程记录归档工作站。不带子命令时打开窗口。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>create the first (security) administrator; password from ARCHIVE_WS_PASSWORD</source>
        <translation>创建首位（安全）管理员；密码取自 ARCHIVE_WS_PASSWORD</translation>
    </message>
    <message>
        <source>change your own password (required after a reset): the current one in ARCHIVE_WS_PASSWORD, the new one in ARCHIVE_WS_NEW_PASSWORD</source>
        <translation>修改自己的密码（重置后必须修改）：当前密码放在 ARCHIVE_WS_PASSWORD，新密码放在 ARCHIVE_WS_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>manage users (security administrator)</source>
        <translation>管理用户（安全管理员）</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>add a user; the new password comes from ARCHIVE_WS_NEW_PASSWORD</source>
        <translation>添加用户；新密码取自 ARCHIVE_WS_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>set a user's roles</source>
        <translation>设置用户的角色</translation>
    </message>
    <message>
        <source>reset a user's password to ARCHIVE_WS_NEW_PASSWORD; its owner must change it at the next sign-in</source>
        <translation>将用户密码重置为 ARCHIVE_WS_NEW_PASSWORD；该用户下次登录时必须修改</translation>
    </message>
    <message>
        <source>unlock a user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>enable a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>comma-separated: archivist,equipment_clerk,supervisor,…</source>
        <translation>以逗号分隔：archivist,equipment_clerk,supervisor,…</translation>
    </message>
    <message>
        <source>the evidence vault</source>
        <translation>证据库</translation>
    </message>
    <message>
        <source>re-hash every vault object, list objects without a catalogue entry, check the catalogue records against the trail; non-zero exit names each bad one</source>
        <translation>重新计算证据库每个对象的哈希，列出目录中没有登记的对象，并对照审计记录核查目录；退出码非零时逐一列出有问题的对象</translation>
    </message>
    <message>
        <source>store files; prints their SHA-256</source>
        <translation>存入文件；输出其 SHA-256</translation>
    </message>
    <message>
        <source>put back missing or altered objects from a backup or an evidence disc (system administrator); only copies matching the catalogue</source>
        <translation>从备份或证据光盘恢复缺失或被改动的对象（系统管理员）；只采用与目录一致的副本</translation>
    </message>
    <message>
        <source>re-hash the objects checked least recently and run the storage four-properties checks of the volumes checked least recently, this run's share of the period; a failure raises the tamper alarm</source>
        <translation>对最久未核查的对象重新计算哈希，并对最久未检测的案卷进行长期保存四性检测（本次应检的份额）；不一致即触发篡改告警</translation>
    </message>
    <message>
        <source>a backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>an evidence disc image (.iso) or the drive holding the disc</source>
        <translation>证据光盘镜像（.iso）或放有该光盘的光驱</translation>
    </message>
    <message>
        <source>only these objects (default: every damaged one)</source>
        <translation>只处理这些对象（默认：所有受损对象）</translation>
    </message>
    <message>
        <source>stop after about N seconds</source>
        <translation>约 N 秒后停止</translation>
    </message>
    <message>
        <source>every object is checked within this many days (default 90)</source>
        <translation>每个对象在此天数内至少核查一次（默认 90）</translation>
    </message>
    <message>
        <source>check the SM3 digests too (slower)</source>
        <translation>同时核查 SM3 摘要（较慢）</translation>
    </message>
    <message>
        <source>the tamper-evident audit trail</source>
        <translation>防篡改审计记录</translation>
    </message>
    <message>
        <source>recompute the hash chain, check every signed checkpoint and the signed head, and check the catalogue records against the trail</source>
        <translation>重新计算哈希链，核查每个签名检查点和签名链头，并对照审计记录核查目录</translation>
    </message>
    <message>
        <source>write events and signed checkpoints to a file</source>
        <translation>将事件和签名检查点写入文件</translation>
    </message>
    <message>
        <source>sign a checkpoint at the current head</source>
        <translation>在当前链头签署检查点</translation>
    </message>
    <message>
        <source>list events, newest first</source>
        <translation>列出事件，最新的在前</translation>
    </message>
    <message>
        <source>an exported file whose checkpoints must still hold (repeatable)</source>
        <translation>一份导出文件，其检查点必须仍然成立（可重复）</translation>
    </message>
    <message>
        <source>action prefix, e.g. vault.</source>
        <translation>操作前缀，如 vault.</translation>
    </message>
    <message>
        <source>enforcement officers, by certificate number (执法证号)</source>
        <translation>执法人员，按执法证号</translation>
    </message>
    <message>
        <source>add an officer</source>
        <translation>添加执法人员</translation>
    </message>
    <message>
        <source>list officers</source>
        <translation>列出执法人员</translation>
    </message>
    <message>
        <source>part of a name or certificate number</source>
        <translation>姓名或执法证号的一部分</translation>
    </message>
    <message>
        <source>these arguments are required: {args}</source>
        <translation>缺少必需的参数：{args}</translation>
    </message>
    <message>
        <source>argument {arg}: {value} is not a choice; choose from {choices}</source>
        <translation>参数 {arg}：{value} 不是可选值；可选：{choices}</translation>
    </message>
    <message>
        <source>argument {arg}: the value {value} is not valid</source>
        <translation>参数 {arg}：值 {value} 无效</translation>
    </message>
    <message>
        <source>argument {arg} needs a value</source>
        <translation>参数 {arg} 需要一个值</translation>
    </message>
    <message>
        <source>unknown arguments: {args}</source>
        <translation>无法识别的参数：{args}</translation>
    </message>
    <message>
        <source>the workstation's signing key (security administrator)</source>
        <translation>工作站签名密钥（安全管理员）</translation>
    </message>
    <message>
        <source>replace the signing key with a new one; the old key signs the hand-over unless it is lost, and its checkpoints keep verifying</source>
        <translation>以新密钥替换签名密钥；除非旧密钥已遗失，由旧密钥签署交接，其检查点仍可校验</translation>
    </message>
    <message>
        <source>why: lost, compromised, routine replacement, …</source>
        <translation>原因：遗失、泄露、例行更换等</translation>
    </message>
    <message>
        <source>the old key is lost or compromised: it signs nothing more, not even the hand-over</source>
        <translation>旧密钥已遗失或泄露：不再签署任何内容，包括交接</translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>The {field} keeps at most {limit} characters: nothing more can be typed.</source>
        <translation>{field}最多保留 {limit} 个字符，不能再输入。</translation>
    </message>
</context>
</TS>
