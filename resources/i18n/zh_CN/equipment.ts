<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CheckoutDialog</name>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="48" />
      <source>Device check-out and check-in</source>
      <translation>设备领用与归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="59" />
      <source>Scan the device barcode, then Enter</source>
      <translation>扫描设备条码，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="63" />
      <source>Scan or type the certificate number, then Enter</source>
      <translation>扫描或输入执法证号，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="69" />
      <source>e.g. battery full, clip and charger</source>
      <translation>例如：电池满格，含背夹和充电器</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="70" />
      <location filename="../../../ui/equipment/checkout_dialog.py" line="86" />
      <source>Device:</source>
      <translation>设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="72" />
      <source>Officer (certificate no.):</source>
      <translation>执法人员（执法证号）：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="73" />
      <source>Expected return:</source>
      <translation>预计归还：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="74" />
      <location filename="../../../ui/equipment/checkout_dialog.py" line="87" />
      <source>Condition:</source>
      <translation>设备状况：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="75" />
      <source>Battery and accessories:</source>
      <translation>电池与配件：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="76" />
      <source>Check out</source>
      <translation>领用</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="82" />
      <source>Scan the returned device, then Enter</source>
      <translation>扫描归还的设备，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="84" />
      <source>Footage docked (imported)</source>
      <translation>音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="89" />
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="90" />
      <source>A damaged device goes into maintenance (Art. 25).</source>
      <translation>损坏的设备将转入维修（第二十五条）。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="91" />
      <source>Check in</source>
      <translation>归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="107" />
      <source>This session:</source>
      <translation>本次记录：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="136" />
      <source>Looking up {tag}…</source>
      <translation>正在查找 {tag}…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="146" />
      <source>held by {name}</source>
      <translation>由 {name} 领用中</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="174" />
      <source>{tag} checked out to {name} ({cert}), due {due}</source>
      <translation>{tag} 已领用给 {name}（{cert}），预计 {due} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="197" />
      <source>{tag} returned by {name}</source>
      <translation>{tag} 已由 {name} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="199" />
      <source>, footage docked</source>
      <translation>，音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/checkout_dialog.py" line="201" />
      <source>, sent to maintenance</source>
      <translation>，已转入维修</translation>
    </message>
    <message>
      <source>Default: end of the working day ({at}); change it for a longer loan.</source>
      <translation>默认为下班时间（{at}）；借用时间更长时请修改。</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="43" />
      <source>Register a device</source>
      <translation>登记设备</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="46" />
      <source>scan or type the barcode label</source>
      <translation>扫描或输入条码标签</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="51" />
      <source>as in the device's file names, e.g. DSJ-A1B2C3</source>
      <translation>设备写入文件名的编号，例如 DSJ-A1B2C3</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="63" />
      <source>e.g. cabinet A, questioning room 1</source>
      <translation>例如：A 柜、一号询问室</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="67" />
      <source>Asset tag:</source>
      <translation>资产编号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="68" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="69" />
      <source>Device code:</source>
      <translation>设备编码：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="70" />
      <source>Serial number:</source>
      <translation>序列号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="71" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="72" />
      <source>Manufacturer:</source>
      <translation>生产厂家：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="73" />
      <source>Capabilities (Art. 29):</source>
      <translation>特殊功能（第二十九条）：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="74" />
      <source>Kept in:</source>
      <translation>存放场所：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="75" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_dialog.py" line="76" />
      <source>Purchased:</source>
      <translation>购置日期：</translation>
    </message>
    <message>
      <source>Edit device {tag}</source>
      <translation>修改设备 {tag}</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>its own wall clock (most body-worn cameras)</source>
      <translation>设备自身时钟的当地时间（多数执法记录仪）</translation>
    </message>
    <message>
      <source>real UTC</source>
      <translation>真实的 UTC 时间</translation>
    </message>
    <message>
      <source>(required)</source>
      <translation>（必填）</translation>
    </message>
    <message>
      <source>Clock zone:</source>
      <translation>设备时钟时区：</translation>
    </message>
    <message>
      <source>File creation time:</source>
      <translation>文件创建时间的写法：</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Enter moves to the next field. Fill in at least the asset tag and the model, then press Save.</source>
      <translation>回车键跳到下一项。至少填写资产编号和型号后，按“保存”。</translation>
    </message>
  </context>
  <context>
    <name>DeviceHistoryDialog</name>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="56" />
      <source>device code</source>
      <translation>设备编码</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="27" />
      <source>Device history</source>
      <translation>设备履历</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="31" />
      <source>Asset tag:</source>
      <translation>资产编号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="31" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="31" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="32" />
      <source>Serial number:</source>
      <translation>序列号：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="32" />
      <source>Capabilities (Art. 29):</source>
      <translation>特殊功能（第二十九条）：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="33" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="33" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="43" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="65" />
      <source>held by {name} ({cert}), due {due}</source>
      <translation>由 {name}（{cert}）领用中，预计 {due} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_history.py" line="69" />
      <source>{n} events</source>
      <translation>共 {n} 条记录</translation>
    </message>
  </context>
  <context>
    <name>DeviceReportsDialog</name>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="46" />
      <source>Equipment reports</source>
      <translation>装备报表</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="52" />
      <source>PDF (for printing)</source>
      <translation>PDF（用于打印）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="53" />
      <source>CSV (opens in Excel)</source>
      <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="62" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="65" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="67" />
      <source>Report:</source>
      <translation>报表：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="69" />
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="73" />
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="95" />
      <source>Save report</source>
      <translation>保存报表</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="112" />
      <source>Writing {name}…</source>
      <translation>正在生成 {name}…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_reports_dialog.py" line="125" />
      <source>Saved {rows} rows to {path}</source>
      <translation>已保存 {rows} 行至 {path}</translation>
    </message>
  </context>
  <context>
    <name>DeviceStatusDialog</name>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="35" />
      <source>Device status</source>
      <translation>设备状态</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="39" />
      <source>(held by {name})</source>
      <translation>（领用人：{name}）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="41" />
      <source>Lost</source>
      <translation>遗失</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="42" />
      <source>Retired (out of service for good)</source>
      <translation>报废（永久停用）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="43" />
      <source>Found again: available</source>
      <translation>已找回：恢复在库</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="50" />
      <source>required, e.g. reported lost by the officer on 3 Nov, report no. …</source>
      <translation>必填，例如：执法人员 11 月 3 日报告遗失，报告编号…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="52" />
      <source>Device:</source>
      <translation>设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="53" />
      <source>Status now:</source>
      <translation>当前状态：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="54" />
      <source>New status:</source>
      <translation>新状态：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="57" />
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="58" />
      <source>A device lost while checked out ends its loan. The change and the reason go into the audit trail.</source>
      <translation>领用期间遗失的设备，其领用记录随之结束。状态变更及原因记入审计日志。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_status_dialog.py" line="66" />
      <source>Change status</source>
      <translation>变更状态</translation>
    </message>
  </context>
  <context>
    <name>DeviceTableModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="70" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="71" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="72" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="73" />
      <source>Serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="74" />
      <source>Capabilities</source>
      <translation>特殊功能</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="75" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="76" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="77" />
      <source>Holder</source>
      <translation>领用人</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="78" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="116" />
      <source>Device code: {code}</source>
      <translation>设备编码：{code}</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPage</name>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="75" />
      <source>Equipment room</source>
      <translation>装备室</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="81" />
      <source>Search, or scan a device barcode…</source>
      <translation>搜索，或扫描设备条码…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="84" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="88" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="91" />
      <source>Check out / in…</source>
      <translation>领用 / 归还…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="93" />
      <source>Register device…</source>
      <translation>登记设备…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="95" />
      <source>Maintenance plans…</source>
      <translation>维护计划…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="96" />
      <source>Stock-taking…</source>
      <translation>盘点…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="98" />
      <source>Reports…</source>
      <translation>报表…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="101" />
      <source>History</source>
      <translation>设备履历</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="102" />
      <source>Maintenance…</source>
      <translation>维护…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="103" />
      <source>Status…</source>
      <translation>状态…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="109" />
      <source>Selected device:</source>
      <translation>选中设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="134" />
      <source>Register</source>
      <translation>设备台账</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="135" />
      <source>Overdue</source>
      <translation>逾期未还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="136" />
      <source>Maintenance due</source>
      <translation>到期维护</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="197" />
      <source>Overdue ({n})</source>
      <translation>逾期未还（{n}）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="198" />
      <source>Maintenance due ({n})</source>
      <translation>到期维护（{n}）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="200" />
      <source>not yet scheduled</source>
      <translation>尚未安排</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="201" />
      <source>Next stock-taking: {at}</source>
      <translation>下次盘点：{at}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/equipment_page.py" line="203" />
      <source>{n} devices overdue</source>
      <translation>{n} 台设备逾期未还</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Print or save the overdue list…</source>
      <translation>打印或保存逾期清单…</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="320" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="321" />
      <source>Event</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="322" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="323" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="324" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="325" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="330" />
      <source>present</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="331" />
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="332" />
      <source>on loan</source>
      <translation>领用在外</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="346" />
      <source>due {at}</source>
      <translation>预计 {at} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="348" />
      <source>footage docked</source>
      <translation>音像资料已导入</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="350" />
      <source>footage not docked</source>
      <translation>音像资料未导入</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceDialog</name>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="54" />
      <source>Device maintenance</source>
      <translation>设备维护保养</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="58" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="62" />
      <source>Record maintenance (Art. 25)</source>
      <translation>登记维护保养（第二十五条）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="68" />
      <source>required: what was done, e.g. lens cleaned, battery replaced</source>
      <translation>必填：做了哪些工作，例如清洁镜头、更换电池</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="71" />
      <source>e.g. works normally</source>
      <translation>例如：工作正常</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="72" />
      <source>Sent out for repair: the device stays in maintenance (cannot be checked out) until the work is finished</source>
      <translation>送修：维修完成前设备保持“维护中”（不能领用）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="74" />
      <source>Record</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="75" />
      <source>Kind:</source>
      <translation>维护项目：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="76" />
      <source>Work done:</source>
      <translation>维护内容：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="77" />
      <source>Technician:</source>
      <translation>维护人员：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="78" />
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="88" />
      <source>Result:</source>
      <translation>维护结果：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="83" />
      <source>Back from maintenance</source>
      <translation>维修完成</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="86" />
      <source>result of the repair, e.g. mainboard replaced, tested</source>
      <translation>维修结果，例如：已更换主板，测试正常</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="87" />
      <source>Finish: device available again</source>
      <translation>完成维修，设备恢复在库</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="97" />
      <source>Maintenance log</source>
      <translation>维护保养记录</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="105" />
      <source>This device only</source>
      <translation>仅本设备</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="108" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="110" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="151" />
      <source>{tag}  {kind}  {model}  — status: {status}</source>
      <translation>{tag}  {kind}  {model}  — 状态：{status}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="169" />
      <source>{n} records</source>
      <translation>共 {n} 条记录</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="187" />
      <source>{tag} is in maintenance until the work is finished.</source>
      <translation>{tag} 已送修，维修完成前处于维护中。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="188" />
      <source>Maintenance of {tag} recorded.</source>
      <translation>已登记 {tag} 的维护保养。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_dialog.py" line="210" />
      <source>Maintenance finished; {tag} is available again.</source>
      <translation>维修完成，{tag} 已恢复在库。</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceDueModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="202" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="203" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="204" />
      <source>Maintenance</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="205" />
      <source>Last done</source>
      <translation>上次维护</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="206" />
      <source>Due</source>
      <translation>到期时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="207" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="214" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="216" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceLogModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="246" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="247" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="248" />
      <source>Maintenance</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="249" />
      <source>Finished</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="250" />
      <source>Technician</source>
      <translation>维护人员</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="251" />
      <source>Work done</source>
      <translation>维护内容</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="252" />
      <source>Result</source>
      <translation>维护结果</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="253" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="260" />
      <source>in progress</source>
      <translation>维修中</translation>
    </message>
  </context>
  <context>
    <name>MaintenancePlansDialog</name>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="79" />
      <source>Maintenance plans</source>
      <translation>维护保养计划</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="83" />
      <source>Due now</source>
      <translation>当前到期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="88" />
      <source>Add plan…</source>
      <translation>新增计划…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="90" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="91" />
      <source>Activate</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="104" />
      <source>Plans: due every interval after the last time that work was done</source>
      <translation>计划：自上次完成该项维护起，每隔一个周期到期一次</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="126" />
      <source>Due now or soon: {n}</source>
      <translation>已到期或即将到期：{n} 项</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="128" />
      <source>{n} overdue</source>
      <translation>其中 {n} 项已逾期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="145" />
      <source>Plan #{id} added.</source>
      <translation>已新增维护计划 #{id}。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="155" />
      <source>Plan #{id} is active again.</source>
      <translation>维护计划 #{id} 已重新启用。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="156" />
      <source>Plan #{id} deactivated.</source>
      <translation>维护计划 #{id} 已停用。</translation>
    </message>
  </context>
  <context>
    <name>OverdueModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="168" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="169" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="170" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="171" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="172" />
      <source>Checked out</source>
      <translation>领用时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="173" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="174" />
      <source>Overdue by</source>
      <translation>逾期时长</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="185" />
      <source>{d} d {h} h</source>
      <translation>{d} 天 {h} 小时</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="177" />
      <source>Add a maintenance plan</source>
      <translation>新增维护保养计划</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="185" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="186" />
      <source>One device:</source>
      <translation>单台设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="187" />
      <source>Every device of model:</source>
      <translation>某型号全部设备：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="192" />
      <source>asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="200" />
      <source> days ahead</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="203" />
      <source>Maintenance:</source>
      <translation>维护项目：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="204" />
      <source>Every:</source>
      <translation>周期：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="207" />
      <source>Remind:</source>
      <translation>提前提醒：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/maintenance_plans.py" line="208" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="272" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="273" />
      <source>Maintenance</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="274" />
      <source>Every</source>
      <translation>周期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="275" />
      <source>For</source>
      <translation>适用设备</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="276" />
      <source>Remind ahead</source>
      <translation>提前提醒</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="277" />
      <source>Next due</source>
      <translation>下次到期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="278" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="279" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="294" />
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="295" />
      <source>every device of model {model}</source>
      <translation>{model} 型号全部设备</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="300" />
      <source>no device in service</source>
      <translation>无在用设备</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="306" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="307" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/device_models.py" line="308" />
      <source>No</source>
      <translation>否（已停用）</translation>
    </message>
  </context>
  <context>
    <name>StockTakingDialog</name>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="107" />
      <source>Stock-taking</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="116" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="132" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="135" />
      <source>e.g. quarterly stock-taking, equipment room A</source>
      <translation>例如：第四季度盘点，A 装备室</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="136" />
      <source>Start stock-taking</source>
      <translation>开始盘点</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="138" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="143" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="143" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="143" />
      <source>Finished</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="144" />
      <source>Found</source>
      <translation>清点到</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="144" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="151" />
      <source>Earlier stock-takings:</source>
      <translation>以往盘点：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="164" />
      <source>Scan or type the asset tag of each device on the shelf, then Enter</source>
      <translation>逐台扫描或输入在架设备的资产编号，然后按回车</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="170" />
      <source>Not yet found</source>
      <translation>尚未清点到</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="171" />
      <source>Found on the shelf</source>
      <translation>已清点（在架）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="172" />
      <source>With the officers holding them</source>
      <translation>在执法人员手中（已领用）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="177" />
      <source>Mark selected as found</source>
      <translation>将选中设备标记为已清点</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="178" />
      <source>Finish stock-taking…</source>
      <translation>结束盘点…</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="192" />
      <source>Finish now</source>
      <translation>确认结束</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="193" />
      <source>Keep scanning</source>
      <translation>继续扫描</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="195" />
      <source>Next stock-taking:</source>
      <translation>下次盘点：</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="224" />
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="225" />
      <source>Found, but the register says otherwise</source>
      <translation>账实不符（清点到，但台账状态不符）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="226" />
      <source>On loan</source>
      <translation>已领用</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="227" />
      <source>Scanned codes of no device</source>
      <translation>无对应设备的编码</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="251" />
      <source>not yet scheduled</source>
      <translation>尚未安排</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="252" />
      <source>No stock-taking is in progress. {n} devices in the register; the next stock-taking is due: {due}.</source>
      <translation>当前没有进行中的盘点。台账共有 {n} 台设备；下次盘点：{due}。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="263" />
      <source>Stock-taking #{id}, started {at} by {by}</source>
      <translation>盘点 #{id}，{by} 于 {at} 开始</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="266" />
      <source>You can close this window: the stock-taking stays open until it is finished.</source>
      <translation>可以关闭本窗口：盘点在结束前一直保持进行中，可随时继续。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="295" />
      <source>(registered as {status}: correct the register)</source>
      <translation>（台账为“{status}”：请更正台账）</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="302" />
      <source>due {at}</source>
      <translation>预计 {at} 归还</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="304" />
      <source>Not yet found: {n}</source>
      <translation>尚未清点到：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="305" />
      <source>Found on the shelf: {n}</source>
      <translation>已清点（在架）：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="306" />
      <source>With the officers holding them: {n}</source>
      <translation>在执法人员手中（已领用）：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="308" />
      <source>{found} of {expected} expected devices found</source>
      <translation>应在架 {expected} 台，已清点到 {found} 台</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="358" />
      <source>{tag} was already counted.</source>
      <translation>{tag} 已清点过。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="360" />
      <source>{tag} found, but registered as {status}: correct the register.</source>
      <translation>{tag} 已清点到，但台账状态为“{status}”：请更正台账。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="363" />
      <source>✓ {tag} found</source>
      <translation>✓ {tag} 已清点</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="385" />
      <source>{n} expected devices were not found and will be recorded as missing.</source>
      <translation>有 {n} 台应在架设备未清点到，将记为缺失。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="387" />
      <source>Every expected device was found.</source>
      <translation>应在架设备已全部清点到。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="418" />
      <source>Stock-taking #{id} finished: {found} found, {missing} missing, {loan} on loan, {odd} discrepancies.</source>
      <translation>盘点 #{id} 已结束：清点到 {found} 台，缺失 {missing} 台，已领用 {loan} 台，账实不符 {odd} 台。</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="423" />
      <source>Next stock-taking: {at}</source>
      <translation>下次盘点：{at}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="427" />
      <source>Missing: {n}</source>
      <translation>缺失：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="428" />
      <source>Found, but the register says otherwise: {n}</source>
      <translation>账实不符：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="430" />
      <source>On loan: {n}</source>
      <translation>已领用：{n}</translation>
    </message>
    <message>
      <location filename="../../../ui/equipment/stock_taking.py" line="431" />
      <source>Scanned codes of no device: {n}</source>
      <translation>无对应设备的编码：{n}</translation>
    </message>
    <message>
      <source>Print or save the result…</source>
      <translation>打印或保存盘点结果…</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="136" />
      <source>Registered device {tag}.</source>
      <translation>已登记设备 {tag}。</translation>
    </message>
    <message>
      <source>due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="145" />
      <source>No overdue devices.</source>
      <translation>没有逾期未还的设备。</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="152" />
      <source>No maintenance due.</source>
      <translation>没有到期的维护。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="158" />
      <source>No devices.</source>
      <translation>没有设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="165" />
      <source>{tag} checked out to {officer} ({cert}), due {due}.</source>
      <translation>{tag} 已领用给 {officer}（{cert}），预计 {due} 归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="172" />
      <source>{tag} returned by {officer}.</source>
      <translation>{tag} 已由 {officer} 归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="180" />
      <source>Maintenance finished; {tag} is available.</source>
      <translation>维护完成，{tag} 已可领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="187" />
      <source>Maintenance recorded for {tag}.</source>
      <translation>已登记 {tag} 的维护。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="196" />
      <source>No maintenance plans.</source>
      <translation>没有维护计划。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="202" />
      <source>Maintenance plan #{id} added.</source>
      <translation>已添加维护计划 #{id}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="216" />
      <source>Found {n}, missing {m}, on loan {l}.</source>
      <translation>在库 {n} 台，缺失 {m} 台，领用在外 {l} 台。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="219" />
      <source>Missing: {tags}</source>
      <translation>缺失：{tags}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="221" />
      <source>Found but registered as out, lost or retired: {tags}</source>
      <translation>实物在库但登记为领用、遗失或报废：{tags}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="224" />
      <source>Unknown tags: {tags}</source>
      <translation>未知编号：{tags}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="225" />
      <source>Next stock-taking: {at}</source>
      <translation>下次盘点：{at}</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="232" />
      <source>Stock-taking #{id} started.</source>
      <translation>盘点 #{id} 已开始。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="264" />
      <source>{tag} is now {status}.</source>
      <translation>{tag} 现为“{status}”。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/cli/devices_cmd.py" line="273" />
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
    <message>
      <source>Device {tag} changed: {fields}.</source>
      <translation>设备 {tag} 已修改：{fields}。</translation>
    </message>
    <message>
      <source>Device {tag}: nothing to change.</source>
      <translation>设备 {tag}：没有需要修改的内容。</translation>
    </message>
    <message>
      <source>End of the working day (default expected return): {at}</source>
      <translation>下班时间（默认预计归还时间）：{at}</translation>
    </message>
  </context>
  <context>
    <name>device_reports</name>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="31" />
      <source>Recording device register</source>
      <translation>执法记录设备台账</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="32" />
      <source>Device check-out log</source>
      <translation>设备领用登记簿</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="33" />
      <source>Device maintenance log</source>
      <translation>设备维护保养记录</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="36" />
      <location filename="../../../archive_core/equipment/reports.py" line="44" />
      <location filename="../../../archive_core/equipment/reports.py" line="51" />
      <source>Asset tag</source>
      <translation>资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="36" />
      <source>Device code</source>
      <translation>设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="37" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="37" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="38" />
      <source>Manufacturer</source>
      <translation>生产厂家</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="38" />
      <source>Serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="39" />
      <source>Capabilities</source>
      <translation>特殊功能</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="39" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="40" />
      <source>Purchased</source>
      <translation>购置日期</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="40" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="41" />
      <source>Holder</source>
      <translation>领用人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="44" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="45" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="45" />
      <source>Checked out</source>
      <translation>领用时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="46" />
      <source>Due</source>
      <translation>预计归还</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="46" />
      <source>Returned</source>
      <translation>归还时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="47" />
      <source>Condition</source>
      <translation>归还状况</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="47" />
      <source>Docked</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="48" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="48" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="51" />
      <source>Kind</source>
      <translation>维护项目</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="52" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="52" />
      <source>Finished</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="53" />
      <source>Technician</source>
      <translation>维护人员</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="53" />
      <source>Work done</source>
      <translation>维护内容</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="54" />
      <source>Result</source>
      <translation>维护结果</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="54" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="56" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="56" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="57" />
      <source>Printed {at} by {user}</source>
      <translation>{user} 于 {at} 打印</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="58" />
      <source>Page {n}</source>
      <translation>第 {n} 页</translation>
    </message>
    <message>
      <source>Stock-taking result</source>
      <translation>盘点结果</translation>
    </message>
    <message>
      <source>Overdue devices</source>
      <translation>逾期未还设备</translation>
    </message>
    <message>
      <source>Registered status</source>
      <translation>登记状态</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Overdue by</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days}天{hours}小时</translation>
    </message>
    <message>
      <source>Stock-taking #{id}, started {started} by {by}, finished {finished}: {found} found, {missing} missing, {loan} on loan, {odd} discrepancies</source>
      <translation>第 {id} 次盘点，{by} 于 {started} 开始，{finished} 结束：在库 {found} 台，缺失 {missing} 台，借出 {loan} 台，账实不符 {odd} 台</translation>
    </message>
    <message>
      <source>Devices out past their expected return at {at}: {n}</source>
      <translation>截至 {at} 超过预计归还时间未还的设备：{n} 台</translation>
    </message>
    <message>
      <source>Count result</source>
      <translation>盘点情况</translation>
    </message>
  </context>
  <context>
    <name>devices</name>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="32" />
      <source>Body-worn camera</source>
      <translation>执法记录仪</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="33" />
      <source>Camera</source>
      <translation>照相机</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="34" />
      <source>Audio recorder</source>
      <translation>录音设备</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="35" />
      <source>Camcorder</source>
      <translation>摄像机</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="36" />
      <source>Surveillance unit</source>
      <translation>视频监控设备</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="39" />
      <source>Available</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="40" />
      <source>Checked out</source>
      <translation>已领用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="41" />
      <source>In maintenance</source>
      <translation>维护中</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="42" />
      <source>Lost</source>
      <translation>遗失</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="43" />
      <source>Retired</source>
      <translation>已报废</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="46" />
      <source>Equipment room</source>
      <translation>装备室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="47" />
      <source>Questioning room</source>
      <translation>询问室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="48" />
      <source>Hearing room</source>
      <translation>听证室</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="49" />
      <source>Vehicle</source>
      <translation>执法车辆</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="50" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="53" />
      <source>Explosion-proof</source>
      <translation>防爆</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="54" />
      <source>Night vision</source>
      <translation>夜视</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="55" />
      <source>Positioning</source>
      <translation>定位</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="58" />
      <source>Inspection</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="59" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="60" />
      <source>Battery</source>
      <translation>电池保养</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="61" />
      <source>Firmware</source>
      <translation>固件升级</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="62" />
      <source>Cleaning</source>
      <translation>清洁</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="65" />
      <source>Good</source>
      <translation>完好</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="66" />
      <source>Worn</source>
      <translation>有磨损</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="67" />
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="70" />
      <source>Check-out</source>
      <translation>领用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="71" />
      <source>Check-in</source>
      <translation>归还</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="72" />
      <source>Maintenance</source>
      <translation>维护</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="73" />
      <source>Maintenance finished</source>
      <translation>维护完成</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="74" />
      <source>Stock-taking</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>Found, but the register says otherwise</source>
      <translation>在库，但与登记不符</translation>
    </message>
    <message>
      <source>On loan</source>
      <translation>借出</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>在库</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="82" />
      <source>No device has the tag, code or serial number {key}.</source>
      <translation>没有资产编号、设备编码或序列号为 {key} 的设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="83" />
      <source>Check the label, or register the device first.</source>
      <translation>请核对标签，或先登记该设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="90" />
      <source>Device {tag} cannot do that now.</source>
      <translation>设备 {tag} 当前不能进行此操作。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="160" />
      <source>a time without a time zone was given</source>
      <translation>时间未注明时区</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="161" />
      <source>Give times with their zone, e.g. 2026-11-27T18:00+08:00.</source>
      <translation>请带时区填写时间，例如 2026-11-27T18:00+08:00。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="255" />
      <source>another device has this asset tag</source>
      <translation>已有其他设备使用该资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="258" />
      <source>another device uses this tag as its code</source>
      <translation>已有其他设备以此作为设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="263" />
      <source>another device has this device code</source>
      <translation>已有其他设备使用该设备编码</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="274" />
      <source>a device needs an asset tag</source>
      <translation>设备必须有资产编号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="319" />
      <source>Device {tag} cannot go from {before} to {after}.</source>
      <translation>设备 {tag} 不能由 {before} 状态改为 {after}。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/devices.py" line="322" />
      <source>give the reason for the status change</source>
      <translation>请填写状态变更的原因</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/stock_taking.py" line="66" />
      <source>no stock-taking is in progress</source>
      <translation>当前没有进行中的盘点</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/stock_taking.py" line="67" />
      <source>Start a stock-taking first.</source>
      <translation>请先开始盘点。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/stock_taking.py" line="73" />
      <source>a stock-taking is already in progress</source>
      <translation>已有一次盘点正在进行</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/stock_taking.py" line="74" />
      <source>Finish it before starting another.</source>
      <translation>请先结束该盘点，再开始新的盘点。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="30" />
      <source>Device {tag} is in maintenance and cannot be checked out (Art. 25: only serviceable devices).</source>
      <translation>设备 {tag} 正在维护，不能领用（第二十五条：只发放完好设备）。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="32" />
      <source>Device {tag} is recorded as lost and cannot be checked out.</source>
      <translation>设备 {tag} 已登记为遗失，不能领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="33" />
      <source>Device {tag} is retired and cannot be checked out.</source>
      <translation>设备 {tag} 已报废，不能领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="90" />
      <source>Device {tag} is already checked out to {officer} ({cert}).</source>
      <translation>设备 {tag} 已由 {officer}（{cert}）领用。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="91" />
      <source>Check it in first.</source>
      <translation>请先办理归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="95" />
      <source>Issue another device.</source>
      <translation>请发放其他设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="97" />
      <source>the officer is no longer active</source>
      <translation>该执法人员已停用</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="99" />
      <source>the expected return must lie in the future</source>
      <translation>预计归还时间必须晚于当前时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="103" />
      <source>a check-out cannot be earlier than the device's last return</source>
      <translation>领用时间不能早于该设备上次归还时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="128" />
      <source>Device {tag} is not checked out, so it cannot be checked in.</source>
      <translation>设备 {tag} 未被领用，无法办理归还。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="129" />
      <source>Scan the device that is being returned.</source>
      <translation>请扫描正在归还的设备。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/loans.py" line="131" />
      <source>a return cannot be earlier than the check-out</source>
      <translation>归还时间不能早于领用时间</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/maintenance.py" line="80" />
      <source>say what was done in the note</source>
      <translation>请在“维护内容”中写明所做的工作</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/maintenance.py" line="82" />
      <source>Device {tag} is not on hand; record maintenance once it is back.</source>
      <translation>设备 {tag} 不在库，请待其归还后再登记维护。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/maintenance.py" line="107" />
      <source>Device {tag} is not in maintenance.</source>
      <translation>设备 {tag} 不在维护中。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/maintenance.py" line="150" />
      <source>a plan is for one device or for one model</source>
      <translation>维护计划须针对一台设备或一个型号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/maintenance.py" line="152" />
      <source>the interval must be at least one day</source>
      <translation>周期至少为一天</translation>
    </message>
    <message>
      <location filename="../../../archive_core/spine/officers.py" line="46" />
      <source>No officer has the certificate number {key}.</source>
      <translation>没有执法证号为 {key} 的执法人员。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/spine/officers.py" line="47" />
      <source>Check the certificate number, or add the officer first.</source>
      <translation>请核对执法证号，或先添加该执法人员。</translation>
    </message>
    <message>
      <location filename="../../../archive_core/spine/officers.py" line="65" />
      <source>an officer needs a name and a certificate number</source>
      <translation>执法人员须有姓名和执法证号</translation>
    </message>
    <message>
      <location filename="../../../archive_core/spine/officers.py" line="67" />
      <source>an officer with this certificate number exists</source>
      <translation>该执法证号的执法人员已存在</translation>
    </message>
    <message>
      <location filename="../../../archive_core/equipment/reports.py" line="123" />
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
    <message>
      <source>Invalid input: unknown capabilities {names}; known: {known}.</source>
      <translation>输入有误：没有这些功能 {names}；可用的有：{known}。</translation>
    </message>
    <message>
      <source>Invalid input: name at least one field to change, e.g. --location or --container-time.</source>
      <translation>输入有误：请至少指定一项要修改的内容，例如 --location 或 --container-time。</translation>
    </message>
    <message>
      <source>Invalid input: the end of the working day must be a time such as 18:00 (got {value}).</source>
      <translation>输入有误：下班时间应为 18:00 这样的时刻（收到的是 {value}）。</translation>
    </message>
    <message>
      <source>no finished stock-taking to report</source>
      <translation>还没有已完成的盘点可供输出</translation>
    </message>
    <message>
      <source>Finish a stock-taking first.</source>
      <translation>请先完成一次盘点。</translation>
    </message>
      <message>
        <source>Invalid input: these device fields do not exist: {fields}.</source>
        <translation>输入无效：以下设备字段不存在：{fields}。</translation>
    </message>
    <message>
        <source>device kind</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>kind of storage place</source>
        <translation>存放地点类别</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>container time rule</source>
        <translation>文件内时间规则</translation>
    </message>
    <message>
        <source>condition on return</source>
        <translation>归还时状况</translation>
    </message>
    <message>
        <source>maintenance plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <source>kind of maintenance</source>
        <translation>维护类别</translation>
    </message>
    <message>
        <source>kind of report</source>
        <translation>报表类别</translation>
    </message>
    <message>
        <source>device asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>device code (as in file names)</source>
        <translation>设备编码</translation>
    </message>
    <message>
        <source>device serial number</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <source>device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>device manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>device location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>device notes</source>
        <translation>设备备注</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>recording devices: register, check-out/in, maintenance, stock-taking</source>
        <translation>记录设备：登记、领用/归还、维护、盘点</translation>
    </message>
    <message>
        <source>register a device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>change a registered device's details (audited with before and after)</source>
        <translation>修改已登记设备的信息（审计记录修改前后的值）</translation>
    </message>
    <message>
        <source>show or change the equipment room's settings</source>
        <translation>查看或修改装备室的设置</translation>
    </message>
    <message>
        <source>list devices</source>
        <translation>列出设备</translation>
    </message>
    <message>
        <source>issue a device to an officer</source>
        <translation>将设备领用给执法人员</translation>
    </message>
    <message>
        <source>take a device back</source>
        <translation>收回设备</translation>
    </message>
    <message>
        <source>record maintenance</source>
        <translation>登记维护保养</translation>
    </message>
    <message>
        <source>add a recurring maintenance plan, or list plans</source>
        <translation>添加定期维护计划，或列出计划</translation>
    </message>
    <message>
        <source>stock-taking (盘点)</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>loans, maintenance and stock-taking of a device</source>
        <translation>某台设备的领用、维护和盘点记录</translation>
    </message>
    <message>
        <source>mark a device lost, retired, or found again (available)</source>
        <translation>将设备标记为遗失、报废，或找回（可用）</translation>
    </message>
    <message>
        <source>device register, check-out log, maintenance log, stock-taking result or overdue list as PDF or CSV</source>
        <translation>设备台账、领用记录、维护记录、盘点结果或逾期清单（PDF 或 CSV）</translation>
    </message>
    <message>
        <source>asset tag (what the barcode encodes)</source>
        <translation>资产编号（条码内容）</translation>
    </message>
    <message>
        <source>identifier the device writes into file names, e.g. DSJ-A1B2C3</source>
        <translation>设备写入文件名的标识，如 DSJ-A1B2C3</translation>
    </message>
    <message>
        <source>comma-separated: explosion_proof,night_vision,positioning</source>
        <translation>以逗号分隔：explosion_proof,night_vision,positioning</translation>
    </message>
    <message>
        <source>purchase date YYYY-MM-DD</source>
        <translation>购置日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>zone of the device clock</source>
        <translation>设备时钟的时区</translation>
    </message>
    <message>
        <source>how the device writes a file's creation time: its local wall clock (most body-worn cameras) or real UTC</source>
        <translation>设备写入文件创建时间的方式：本地时钟（多数执法记录仪）或真实 UTC</translation>
    </message>
    <message>
        <source>asset tag, device code or serial number</source>
        <translation>资产编号、设备标识或序列号</translation>
    </message>
    <message>
        <source>identifier in file names; '' removes it</source>
        <translation>文件名中的标识；'' 表示删除</translation>
    </message>
    <message>
        <source>the full set, comma-separated: explosion_proof,night_vision,positioning ('' for none)</source>
        <translation>完整的功能集合，以逗号分隔：explosion_proof,night_vision,positioning（'' 表示无）</translation>
    </message>
    <message>
        <source>zone of the device clock, e.g. Asia/Shanghai</source>
        <translation>设备时钟的时区，如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>how the device writes a file's creation time: local wall clock or real UTC</source>
        <translation>设备写入文件创建时间的方式：本地时钟或真实 UTC</translation>
    </message>
    <message>
        <source>end of the working day (agency time), the default expected return, e.g. 18:00</source>
        <translation>下班时间（本机关时间），即默认的预计归还时间，如 18:00</translation>
    </message>
    <message>
        <source>tag, code, serial, model or location</source>
        <translation>资产编号、设备标识、序列号、型号或存放地点</translation>
    </message>
    <message>
        <source>devices out past their expected return</source>
        <translation>超过预计归还时间未归还的设备</translation>
    </message>
    <message>
        <source>planned maintenance due (or soon)</source>
        <translation>到期（或即将到期）的计划维护</translation>
    </message>
    <message>
        <source>certificate number (执法证号)</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>expected return (default: the end of the working day, or of the next one after it)</source>
        <translation>预计归还时间（默认：当天下班时间，已过则为下一个工作日下班时间）</translation>
    </message>
    <message>
        <source>battery, accessories</source>
        <translation>电池、配件</translation>
    </message>
    <message>
        <source>the footage was imported (已导入)</source>
        <translation>音像资料已导入</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>维护内容</translation>
    </message>
    <message>
        <source>work goes on: the device stays in maintenance</source>
        <translation>维护未完成：设备仍处于维护中</translation>
    </message>
    <message>
        <source>close open maintenance; the device is available again</source>
        <translation>结束进行中的维护；设备恢复可用</translation>
    </message>
    <message>
        <source>interval in days</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>tag of one device</source>
        <translation>某台设备的资产编号</translation>
    </message>
    <message>
        <source>every device of this model</source>
        <translation>此型号的全部设备</translation>
    </message>
    <message>
        <source>days ahead to remind</source>
        <translation>提前提醒的天数</translation>
    </message>
    <message>
        <source>start; scan TAG…; finish; run (one-shot: tags from --file or stdin); list. finish and run exit with 8 when devices are missing</source>
        <translation>start 开始；scan TAG… 扫描；finish 结束；run 一次完成（编号来自 --file 或标准输入）；list 列出。有设备缺失时 finish 和 run 的退出码为 8</translation>
    </message>
    <message>
        <source>one scanned tag per line ('-' for stdin)</source>
        <translation>每行一个扫描到的编号（'-' 表示标准输入）</translation>
    </message>
    <message>
        <source>date of the next stock-taking (default: +90 days)</source>
        <translation>下次盘点日期（默认：90 天后）</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.csv</source>
        <translation>FILE.pdf 或 FILE.csv</translation>
    </message>
    <message>
        <source>stock-taking number (default: the latest finished)</source>
        <translation>盘点编号（默认：最近完成的一次）</translation>
    </message>
</context>
</TS>
