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
        <location filename="../../../ui/av/player.py" line="99"/>
        <source>The video engine (libvlc) could not start. Install VLC&apos;s libraries.</source>
        <translation>视频引擎（libvlc）无法启动。请安装 VLC 运行库。</translation>
    </message>
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
        <location filename="../../../ui/av/player.py" line="156"/>
        <source>Save a snapshot of this frame</source>
        <translation>保存当前画面截图</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="158"/>
        <source>Full screen (F)</source>
        <translation>全屏（F）</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="218"/>
        <source>The file {name} is missing.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="326"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="361"/>
        <source>No picture to take a snapshot of: start playback first.</source>
        <translation>没有可截图的画面：请先开始播放。</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="368"/>
        <source>The snapshot could not be taken.</source>
        <translation>截图失败。</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="424"/>
        <source>This recording cannot be played: it may be damaged or in an unknown format.</source>
        <translation>无法播放此录像：文件可能已损坏或格式无法识别。</translation>
    </message>
    <message>
        <location filename="../../../ui/av/player.py" line="472"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
</context>
</TS>
