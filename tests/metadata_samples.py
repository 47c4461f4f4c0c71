"""Small archival metadata XML documents, one valid and one a hand edit the schema refuses."""

from __future__ import annotations

_MEDIA = """<?xml version='1.0' encoding='UTF-8'?>
<档案元数据 schema="archive-ws-metadata/1">
  <音像文件>
    <聚合层次>件</聚合层次>
    <门类>录像</门类>
    <题名>现场检查</题名>
    <时间已核实>true</时间已核实>
    <密级>内部</密级>
    <保管期限>定期30年</保管期限>
    <保管期限代码>D30</保管期限代码>
    <时长>{duration}</时长>
    <计算机文件名>完整.mp4</计算机文件名>
    <计算机文件大小>20000</计算机文件大小>
    <格式信息>MP4</格式信息>
    <存储位置>data/media/完整.mp4</存储位置>
    <数字摘要 算法="SHA-256">{digest}</数字摘要>
    <数字摘要 算法="SM3">{digest}</数字摘要>
    <管理历史>
      <管理活动>
        <管理活动标识符>7</管理活动标识符>
        <业务行为>音像记录入库</业务行为>
        <行为代码>media.ingest</行为代码>
        <行为时间>2024-03-05T09:45:00+08:00</行为时间>
        <行为人>lina</行为人>
        <行为结果>ok</行为结果>
      </管理活动>
    </管理历史>
  </音像文件>
</档案元数据>
"""
VALID_MEDIA = _MEDIA.format(duration="12.500", digest="ab" * 32).encode()
INVALID_DURATION = _MEDIA.format(duration="两分钟", digest="ab" * 32).encode()
