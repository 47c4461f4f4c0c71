<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CheckoutDialog</name>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="48" />
      <source>Device check-out and check-in</source>
      <translation>设备领用与归还</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="59" />
      <source>Scan the device barcode, then Enter</source>
      <translation>扫描设备条码，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="63" />
      <source>Scan or type the certificate number, then Enter</source>
      <translation>扫描或输入执法证号，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="69" />
      <source>e.g. battery full, clip and charger</source>
      <translation>例如：电池满格，含背夹和充电器</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="70" />
      <location filename="../../../ui/checkout_dialog.py" line="86" />
      <source>Device:</source>
      <translation>设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="72" />
      <source>Officer (certificate no.):</source>
      <translation>执法人员（执法证号）：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="73" />
      <source>Expected return:</source>
      <translation>预计归还：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="74" />
      <location filename="../../../ui/checkout_dialog.py" line="87" />
      <source>Condition:</source>
      <translation>设备状况：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="75" />
      <source>Battery and accessories:</source>
      <translation>电池与配件：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="76" />
      <source>Check out</source>
      <translation>领用</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="82" />
      <source>Scan the returned device, then Enter</source>
      <translation>扫描归还的设备，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="84" />
      <source>Footage docked (imported)</source>
      <translation>音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="89" />
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="90" />
      <source>A damaged device goes into maintenance (Art. 25).</source>
      <translation>损坏的设备将转入维修（第二十五条）。</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="91" />
      <source>Check in</source>
      <translation>归还</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="105" />
      <source>This session:</source>
      <translation>本次记录：</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="134" />
      <source>Looking up {tag}…</source>
      <translation>正在查找 {tag}…</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="144" />
      <source>held by {name}</source>
      <translation>由 {name} 领用中</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="172" />
      <source>{tag} checked out to {name} ({cert}), due {due}</source>
      <translation>{tag} 已领用给 {name}（{cert}），预计 {due} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="195" />
      <source>{tag} returned by {name}</source>
      <translation>{tag} 已由 {name} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="197" />
      <source>, footage docked</source>
      <translation>，音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/checkout_dialog.py" line="199" />
      <source>, sent to maintenance</source>
      <translation>，已转入维修</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <location filename="../../../ui/device_dialog.py" line="43" />
      <source>Register a device</source>
      <translation>登记设备</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="46" />
      <source>scan or type the barcode label</source>
      <translation>扫描或输入条码标签</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="51" />
      <source>as in the device's file names, e.g. DSJ-A1B2C3</source>
      <translation>设备写入文件名的编号，例如 DSJ-A1B2C3</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="63" />
      <source>e.g. cabinet A, questioning room 1</source>
      <translation>例如：A 柜、一号询问室</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="67" />
      <source>Asset tag:</source>
      <translation>资产编号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="68" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="69" />
      <source>Device code:</source>
      <translation>设备编码：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="70" />
      <source>Serial number:</source>
      <translation>序列号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="71" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="72" />
      <source>Manufacturer:</source>
      <translation>生产厂家：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="73" />
      <source>Capabilities (Art. 29):</source>
      <translation>特殊功能（第二十九条）：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="74" />
      <source>Kept in:</source>
      <translation>存放场所：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="75" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_dialog.py" line="76" />
      <source>Purchased:</source>
      <translation>购置日期：</translation>
    </message>
  </context>
  <context>
    <name>DeviceHistoryDialog</name>
    <message>
      <location filename="../../../ui/device_history.py" line="27" />
      <source>Device history</source>
      <translation>设备履历</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="31" />
      <source>Asset tag:</source>
      <translation>资产编号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="31" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="31" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="32" />
      <source>Serial number:</source>
      <translation>序列号：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="32" />
      <source>Capabilities (Art. 29):</source>
      <translation>特殊功能（第二十九条）：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="33" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="33" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="43" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="65" />
      <source>held by {name} ({cert}), due {due}</source>
      <translation>由 {name}（{cert}）领用中，预计 {due} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/device_history.py" line="69" />
      <source>{n} events</source>
      <translation>共 {n} 条记录</translation>
    </message>
  </context>
  <context>
    <name>DeviceTableModel</name>
    <message>
      <location filename="../../../ui/device_models.py" line="67" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="68" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="69" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="70" />
      <source>Serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="71" />
      <source>Capabilities</source>
      <translation>特殊功能</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="72" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="73" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="74" />
      <source>Holder</source>
      <translation>领用人</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="75" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="113" />
      <source>Device code: {code}</source>
      <translation>设备编码：{code}</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPage</name>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="70" />
      <source>Equipment room</source>
      <translation>装备室</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="75" />
      <source>Search, or scan a device barcode…</source>
      <translation>搜索，或扫描设备条码…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="78" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="82" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="85" />
      <source>Check out / in…</source>
      <translation>领用 / 归还…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="87" />
      <source>Register device…</source>
      <translation>登记设备…</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="89" />
      <source>History</source>
      <translation>设备履历</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="115" />
      <source>Register</source>
      <translation>设备台账</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="116" />
      <source>Overdue</source>
      <translation>逾期未还</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="117" />
      <source>Maintenance due</source>
      <translation>到期维护</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="164" />
      <source>Overdue ({n})</source>
      <translation>逾期未还（{n}）</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="165" />
      <source>Maintenance due ({n})</source>
      <translation>到期维护（{n}）</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="167" />
      <source>not yet scheduled</source>
      <translation>尚未安排</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="168" />
      <source>Next stock-taking: {at}</source>
      <translation>下次盘点：{at}</translation>
    </message>
    <message>
      <location filename="../../../ui/pages/equipment_page.py" line="170" />
      <source>{n} devices overdue</source>
      <translation>{n} 台设备逾期未还</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../../ui/device_models.py" line="223" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="224" />
      <source>Event</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="225" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="226" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="227" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="228" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="233" />
      <source>present</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="234" />
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="235" />
      <source>on loan</source>
      <translation>领用在外</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="249" />
      <source>due {at}</source>
      <translation>预计 {at} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="251" />
      <source>footage docked</source>
      <translation>音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="253" />
      <source>footage not docked</source>
      <translation>音像资料未导入</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceDueModel</name>
    <message>
      <location filename="../../../ui/device_models.py" line="192" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="193" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="194" />
      <source>Maintenance</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="195" />
      <source>Last done</source>
      <translation>上次维护</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="196" />
      <source>Due</source>
      <translation>到期时间</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="197" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="204" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="206" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
  </context>
  <context>
    <name>OverdueModel</name>
    <message>
      <location filename="../../../ui/device_models.py" line="158" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="159" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="160" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="161" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="162" />
      <source>Checked out</source>
      <translation>领用时间</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="163" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="164" />
      <source>Overdue by</source>
      <translation>逾期时长</translation>
    </message>
    <message>
      <location filename="../../../ui/device_models.py" line="175" />
      <source>{d} d {h} h</source>
      <translation>{d} 天 {h} 小时</translation>
    </message>
  </context>
  <context>
    <name>device_reports</name>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="31" />
      <source>Recording device register</source>
      <translation>执法记录设备台账</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="32" />
      <source>Device check-out log</source>
      <translation>设备领用登记簿</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="33" />
      <source>Device maintenance log</source>
      <translation>设备维护保养记录</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="36" />
      <location filename="../../../archive_core/reports/device_reports.py" line="44" />
      <location filename="../../../archive_core/reports/device_reports.py" line="51" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="36" />
      <source>Device code</source>
      <translation>设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="37" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="37" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="38" />
      <source>Manufacturer</source>
      <translation>生产厂家</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="38" />
      <source>Serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="39" />
      <source>Capabilities</source>
      <translation>特殊功能</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="39" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="40" />
      <source>Purchased</source>
      <translation>购置日期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="40" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="41" />
      <source>Holder</source>
      <translation>领用人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="44" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="45" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="45" />
      <source>Checked out</source>
      <translation>领用时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="46" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="46" />
      <source>Returned</source>
      <translation>归还时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="47" />
      <source>Condition</source>
      <translation>归还状况</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="47" />
      <source>Docked</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="48" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="48" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="51" />
      <source>Kind</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="52" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="52" />
      <source>Finished</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="53" />
      <source>Technician</source>
      <translation>维护人员</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="53" />
      <source>Work done</source>
      <translation>维护内容</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="54" />
      <source>Result</source>
      <translation>维护结果</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="54" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="56" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="56" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="57" />
      <source>Printed {at} by {user}</source>
      <translation>{user} 于 {at} 打印</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="58" />
      <source>Page {n}</source>
      <translation>第 {n} 页</translation>
    </message>
  </context>
  <context>
    <name>devices</name>
    <message>
      <location filename="../../../archive_core/devices.py" line="32" />
      <source>Body-worn camera</source>
      <translation>执法记录仪</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="33" />
      <source>Camera</source>
      <translation>照相机</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="34" />
      <source>Audio recorder</source>
      <translation>录音设备</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="35" />
      <source>Camcorder</source>
      <translation>摄像机</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="36" />
      <source>Surveillance unit</source>
      <translation>视频监控设备</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="39" />
      <source>Available</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="40" />
      <source>Checked out</source>
      <translation>已领用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="41" />
      <source>In maintenance</source>
      <translation>维护中</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="42" />
      <source>Lost</source>
      <translation>遗失</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="43" />
      <source>Retired</source>
      <translation>已报废</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="46" />
      <source>Equipment room</source>
      <translation>装备室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="47" />
      <source>Questioning room</source>
      <translation>询问室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="48" />
      <source>Hearing room</source>
      <translation>听证室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="49" />
      <source>Vehicle</source>
      <translation>执法车辆</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="50" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="53" />
      <source>Explosion-proof</source>
      <translation>防爆</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="54" />
      <source>Night vision</source>
      <translation>夜视</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="55" />
      <source>Positioning</source>
      <translation>定位</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="58" />
      <source>Inspection</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="59" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="60" />
      <source>Battery</source>
      <translation>电池保养</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="61" />
      <source>Firmware</source>
      <translation>固件升级</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="62" />
      <source>Cleaning</source>
      <translation>清洁</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="65" />
      <source>Good</source>
      <translation>完好</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="66" />
      <source>Worn</source>
      <translation>有磨损</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="67" />
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="70" />
      <source>Check-out</source>
      <translation>领用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="71" />
      <source>Check-in</source>
      <translation>归还</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="72" />
      <source>Maintenance</source>
      <translation>维护</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="73" />
      <source>Maintenance finished</source>
      <translation>维护完成</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="74" />
      <source>Stock-taking</source>
      <translation>盘点</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../archive_core/devices.py" line="82" />
      <source>No device has the tag, code or serial number {key}.</source>
      <translation>没有资产编号、设备编码或序列号为 {key} 的设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="83" />
      <source>Check the label, or register the device first.</source>
      <translation>请核对标签，或先登记该设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="90" />
      <source>Device {tag} cannot do that now.</source>
      <translation>设备 {tag} 当前不能进行此操作。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="160" />
      <source>a time without a time zone was given</source>
      <translation>时间未注明时区</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="161" />
      <source>Give times with their zone, e.g. 2026-11-27T18:00+08:00.</source>
      <translation>请带时区填写时间，例如 2026-11-27T18:00+08:00。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="255" />
      <source>another device has this asset tag</source>
      <translation>已有其他设备使用该资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="258" />
      <source>another device uses this tag as its code</source>
      <translation>已有其他设备以此作为设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="263" />
      <source>another device has this device code</source>
      <translation>已有其他设备使用该设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="274" />
      <source>a device needs an asset tag</source>
      <translation>设备必须有资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="319" />
      <source>Device {tag} cannot go from {before} to {after}.</source>
      <translation>设备 {tag} 不能由 {before} 状态改为 {after}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices.py" line="322" />
      <source>give the reason for the status change</source>
      <translation>请填写状态变更的原因</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices_audit.py" line="66" />
      <source>no stock-taking is in progress</source>
      <translation>当前没有进行中的盘点</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices_audit.py" line="67" />
      <source>Start a stock-taking first.</source>
      <translation>请先开始盘点。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices_audit.py" line="73" />
      <source>a stock-taking is already in progress</source>
      <translation>已有一次盘点正在进行</translation>
    </message>
    <message>
      <location filename="../../../archive_core/devices_audit.py" line="74" />
      <source>Finish it before starting another.</source>
      <translation>请先结束该盘点，再开始新的盘点。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="30" />
      <source>Device {tag} is in maintenance and cannot be checked out (Art. 25: only serviceable devices).</source>
      <translation>设备 {tag} 正在维护，不能领用（第二十五条：只发放完好设备）。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="32" />
      <source>Device {tag} is recorded as lost and cannot be checked out.</source>
      <translation>设备 {tag} 已登记为遗失，不能领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="33" />
      <source>Device {tag} is retired and cannot be checked out.</source>
      <translation>设备 {tag} 已报废，不能领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="90" />
      <source>Device {tag} is already checked out to {officer} ({cert}).</source>
      <translation>设备 {tag} 已由 {officer}（{cert}）领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="91" />
      <source>Check it in first.</source>
      <translation>请先办理归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="95" />
      <source>Issue another device.</source>
      <translation>请发放其他设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="97" />
      <source>the officer is no longer active</source>
      <translation>该执法人员已停用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="99" />
      <source>the expected return must lie in the future</source>
      <translation>预计归还时间必须晚于当前时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="103" />
      <source>a check-out cannot be earlier than the device's last return</source>
      <translation>领用时间不能早于该设备上次归还时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="128" />
      <source>Device {tag} is not checked out, so it cannot be checked in.</source>
      <translation>设备 {tag} 未被领用，无法办理归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="129" />
      <source>Scan the device that is being returned.</source>
      <translation>请扫描正在归还的设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/loans.py" line="131" />
      <source>a return cannot be earlier than the check-out</source>
      <translation>归还时间不能早于领用时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/maintenance.py" line="80" />
      <source>say what was done in the note</source>
      <translation>请在备注中写明维护内容</translation>
    </message>
    <message>
      <location filename="../../../archive_core/maintenance.py" line="82" />
      <source>Device {tag} is not on hand; record maintenance once it is back.</source>
      <translation>设备 {tag} 不在库，请待其归还后再登记维护。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/maintenance.py" line="107" />
      <source>Device {tag} is not in maintenance.</source>
      <translation>设备 {tag} 不在维护中。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/maintenance.py" line="150" />
      <source>a plan is for one device or for one model</source>
      <translation>维护计划须针对一台设备或一个型号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/maintenance.py" line="152" />
      <source>the interval must be at least one day</source>
      <translation>周期至少为一天</translation>
    </message>
    <message>
      <location filename="../../../archive_core/officers.py" line="46" />
      <source>No officer has the certificate number {key}.</source>
      <translation>没有执法证号为 {key} 的执法人员。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/officers.py" line="47" />
      <source>Check the certificate number, or add the officer first.</source>
      <translation>请核对执法证号，或先添加该执法人员。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/officers.py" line="65" />
      <source>an officer needs a name and a certificate number</source>
      <translation>执法人员须有姓名和执法证号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/officers.py" line="67" />
      <source>an officer with this certificate number exists</source>
      <translation>该执法证号的执法人员已存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/reports/device_reports.py" line="119" />
      <source>a report file ends in .pdf or .csv</source>
      <translation>报表文件须以 .pdf 或 .csv 结尾</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="184" />
      <source>name the kind of maintenance with --kind</source>
      <translation>请用 --kind 指明维护项目</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="199" />
      <source>a plan needs --kind and --every</source>
      <translation>维护计划需要 --kind 和 --every</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Registered device {tag}.</source>
      <translation>已登记设备 {tag}。</translation>
    </message>
    <message>
      <source>due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <source>No overdue devices.</source>
      <translation>没有逾期未还的设备。</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>No maintenance due.</source>
      <translation>没有到期的维护。</translation>
    </message>
    <message>
      <source>No devices.</source>
      <translation>没有设备。</translation>
    </message>
    <message>
      <source>{tag} checked out to {officer} ({cert}), due {due}.</source>
      <translation>{tag} 已领用给 {officer}（{cert}），预计 {due} 归还。</translation>
    </message>
    <message>
      <source>{tag} returned by {officer}.</source>
      <translation>{tag} 已由 {officer} 归还。</translation>
    </message>
    <message>
      <source>Maintenance finished; {tag} is available.</source>
      <translation>维护完成，{tag} 已可领用。</translation>
    </message>
    <message>
      <source>Maintenance recorded for {tag}.</source>
      <translation>已登记 {tag} 的维护。</translation>
    </message>
    <message>
      <source>No maintenance plans.</source>
      <translation>没有维护计划。</translation>
    </message>
    <message>
      <source>Maintenance plan #{id} added.</source>
      <translation>已添加维护计划 #{id}。</translation>
    </message>
    <message>
      <source>Found {n}, missing {m}, on loan {l}.</source>
      <translation>在库 {n} 台，缺失 {m} 台，领用在外 {l} 台。</translation>
    </message>
    <message>
      <source>Missing: {tags}</source>
      <translation>缺失：{tags}</translation>
    </message>
    <message>
      <source>Found but registered as out, lost or retired: {tags}</source>
      <translation>实物在库但登记为领用、遗失或报废：{tags}</translation>
    </message>
    <message>
      <source>Unknown tags: {tags}</source>
      <translation>未知编号：{tags}</translation>
    </message>
    <message>
      <source>Next stock-taking: {at}</source>
      <translation>下次盘点：{at}</translation>
    </message>
    <message>
      <source>Stock-taking #{id} started.</source>
      <translation>盘点 #{id} 已开始。</translation>
    </message>
    <message>
      <source>{tag} is now {status}.</source>
      <translation>{tag} 现为“{status}”。</translation>
    </message>
    <message>
      <source>Wrote {file} ({rows} rows).</source>
      <translation>已写入 {file}（{rows} 行）。</translation>
    </message>
    <message>
      <source>Added officer {name} ({cert}).</source>
      <translation>已添加执法人员 {name}（{cert}）。</translation>
    </message>
    <message>
      <source>No officers.</source>
      <translation>没有执法人员。</translation>
    </message>
  </context>
</TS>
