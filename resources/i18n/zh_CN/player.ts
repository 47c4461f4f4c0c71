<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MarkerPanel</name>
    <message>
        <location filename="../../../ui/av/player_markers.py" line="79"/>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player_markers.py" line="82"/>
        <source>Click a marker to jump to its time</source>
        <translation>单击标记跳转到其时间点</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player_markers.py" line="87"/>
        <source>Note for a new marker</source>
        <translation>新标记的备注</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player_markers.py" line="89"/>
        <source>Add marker</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player_markers.py" line="90"/>
        <source>Add a marker at the current time with this note (M)</source>
        <translation>在当前时间添加带此备注的标记（M）</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <location filename="../../../ui/av/player.py" line="129"/>
        <location filename="../../../ui/av/player.py" line="472"/>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="130"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="131"/>
        <source>Next frame (.)</source>
        <translation>下一帧（.）</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="133"/>
        <source>Position in the recording</source>
        <translation>录像中的位置</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="140"/>
        <source>Elapsed / total time</source>
        <translation>已播放 / 总时长</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="146"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="148"/>
        <location filename="../../../ui/av/player.py" line="326"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="153"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="158"/>
        <source>Full screen (F)</source>
        <translation>全屏（F）</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="326"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="472"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>The video engine (libvlc) could not start, so nothing can be played. Ask the system administrator to install VLC&apos;s libraries (libvlc5 and vlc-plugin-base).</source>
        <translation>视频引擎（libvlc）无法启动，无法播放。请联系系统管理员安装 VLC 运行库（libvlc5 和 vlc-plugin-base）。</translation>
    </message>
    <message>
        <source>Save a snapshot of this frame (S)</source>
        <translation>保存当前画面截图（S）</translation>
    </message>
    <message>
        <source>The recording {name} cannot be opened: its file {path} is missing. Check that the evidence vault&apos;s folder is reachable (a network share must be connected), then play it again.</source>
        <translation>无法打开录像 {name}：其文件 {path} 不存在。请确认证据库所在文件夹可以访问（网络共享须已连接），然后重新播放。</translation>
    </message>
    <message>
        <source>The recording {name} cannot be opened: this account may not read its file {path}. Ask the system administrator to restore the vault&apos;s permissions.</source>
        <translation>无法打开录像 {name}：当前账户无权读取其文件 {path}。请联系系统管理员恢复证据库的访问权限。</translation>
    </message>
    <message>
        <source>No snapshot taken: no recording is open. Open one and play it first.</source>
        <translation>未截图：尚未打开录像。请先打开并播放录像。</translation>
    </message>
    <message>
        <source>No snapshot taken: the temporary folder {folder} cannot be written. Free some disk space and try again.</source>
        <translation>未截图：临时文件夹 {folder} 无法写入。请释放磁盘空间后重试。</translation>
    </message>
    <message>
        <source>No snapshot taken: the video engine gave no picture at {time}. Pause on the frame you want and try again.</source>
        <translation>未截图：视频引擎在 {time} 处未给出画面。请暂停在需要的画面上后重试。</translation>
    </message>
    <message>
        <source>No snapshot taken: this recording cannot be played, so there is no picture.</source>
        <translation>未截图：此录像无法播放，没有画面可截取。</translation>
    </message>
    <message>
        <source>No snapshot taken: no picture is shown yet. Press Play (Space), pause at the moment you want and take the snapshot again.</source>
        <translation>未截图：尚未显示画面。请按播放（空格），在需要的时刻暂停后再截图。</translation>
    </message>
    <message>
        <source>The recording {name} cannot be played: the file may be damaged or in a format the video engine does not know. The vault copy stays unchanged; export it (Export…) for a specialist to examine.</source>
        <translation>无法播放录像 {name}：文件可能已损坏，或格式无法被视频引擎识别。证据库中的副本保持不变；可将其导出（导出…）交由专业人员检验。</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>No snapshot taken: the recording has played to its end, so the video engine has no picture to give (the last frame left on screen cannot be kept). Click the seek bar (or press ←) to go back to the moment you want, pause there (Space) and take the snapshot again.</source>
        <translation>未截图：录像已播放完毕，视频引擎已无可截取的画面（屏幕上留下的最后一帧无法保存）。请单击进度条（或按 ←）回到需要的时刻，暂停（空格）后再截图。</translation>
    </message>
</context>
<context>
    <name>SnapshotPanel</name>
    <message>
        <source>Click a snapshot to jump to its time</source>
        <translation>单击截图跳转到其时间点</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Loading the snapshots…</source>
        <translation>正在载入截图…</translation>
    </message>
    <message>
        <source>Snapshots ({n})</source>
        <translation>截图（{n}）</translation>
    </message>
    <message>
        <source>No snapshots of this recording yet. Pause on a frame and press the snapshot button (S): the picture is kept in the evidence vault.</source>
        <translation>此录像尚无截图。暂停在某一画面后按截图按钮（S），截图将存入证据库。</translation>
    </message>
    <message>
        <source>In the vault: {path}</source>
        <translation>证据库中的位置：{path}</translation>
    </message>
    <message>
        <source>Taken by {person} ({login})</source>
        <translation>截图人：{person}（登录名 {login}）</translation>
    </message>
    <message>
        <source>The snapshots could not be listed: {reason}</source>
        <translation>无法列出截图：{reason}</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>{name} — purpose of viewing: {purpose}</source>
        <translation>{name} — 查看目的：{purpose}</translation>
    </message>
    <message>
        <source>The marker was not saved: {reason}</source>
        <translation>标记未保存：{reason}</translation>
    </message>
    <message>
        <source>Keeping the snapshot at {time} in the evidence vault…</source>
        <translation>正在将 {time} 处的截图存入证据库…</translation>
    </message>
    <message>
        <source>The snapshot at {time} was not kept: {reason}</source>
        <translation>{time} 处的截图未保存：{reason}</translation>
    </message>
    <message>
        <source>This picture was kept before (snapshot at {time}): nothing added. SHA-256 {sha256}</source>
        <translation>此画面此前已保存（{time} 处的截图），未重复添加。SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Snapshot at {time} kept in the evidence vault as {name}. SHA-256 {sha256}</source>
        <translation>{time} 处的截图已存入证据库，文件名 {name}。SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>In the vault: {path}</source>
        <translation>证据库中的位置：{path}</translation>
    </message>
</context>
</TS>
