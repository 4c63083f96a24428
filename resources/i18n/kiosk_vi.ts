<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name />
    <message>
        <location filename="../../kiosk_app/receipts.py" line="50" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="53" />
        <source>Scan to track your dossier</source>
        <translation>Quét mã để tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="56" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="57" />
        <location filename="../../kiosk_app/receipts.py" line="95" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="58" />
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="59" />
        <location filename="../../kiosk_app/receipts.py" line="97" />
        <source>page(s)</source>
        <translation>trang</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="62" />
        <source>original</source>
        <translation>bản chính</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="62" />
        <source>certified copy</source>
        <translation>bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="62" />
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="66" />
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="67" />
        <source>Legal processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="67" />
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="68" />
        <source>Result appointed for</source>
        <translation>Hẹn trả kết quả ngày</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="69" />
        <source>at the reception counter</source>
        <translation>tại quầy trả kết quả</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="69" />
        <source>by post (VNPost)</source>
        <translation>qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="70" />
        <source>Result returned</source>
        <translation>Nơi trả kết quả</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="72" />
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="76" />
        <source>Pay the fee by bank transfer (VietQR)</source>
        <translation>Nộp phí bằng chuyển khoản (VietQR)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="80" />
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="80" />
        <source>self-service kiosk</source>
        <translation>kiosk tự phục vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="91" />
        <source>Provisional reference</source>
        <translation>Mã tiếp nhận tạm thời</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="96" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="100" />
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="102" />
        <source>Your dossier has been saved at this kiosk and will be sent to the ministry automatically as soon as the connection is back. You do not need to submit it again.</source>
        <translation>Hồ sơ của bạn đã được lưu tại kiosk và sẽ tự động gửi đến Bộ ngay khi có kết nối. Bạn không cần nộp lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="104" />
        <source>To check it later, use this reference and the last 4 digits of your phone number at any kiosk or at the counter; it will show your dossier code.</source>
        <translation>Để tra cứu sau, hãy dùng mã này cùng 4 số cuối điện thoại của bạn tại bất kỳ kiosk nào hoặc tại quầy; hệ thống sẽ cho biết mã hồ sơ của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="114" />
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="117" />
        <source>People ahead of you</source>
        <translation>Số người đang chờ trước bạn</translation>
    </message>
</context>
<context>
    <name>BackendPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="472" />
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="475" />
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="484" />
        <source>Mode: %1 – address: %2</source>
        <translation>Chế độ: %1 – địa chỉ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="488" />
        <source>Last heartbeat accepted at %1</source>
        <translation>Tín hiệu định kỳ gần nhất được nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="491" />
        <source>Last heartbeat failed: %1</source>
        <translation>Tín hiệu định kỳ gần nhất thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="493" />
        <source>No heartbeat sent yet.</source>
        <translation>Chưa gửi tín hiệu định kỳ nào.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="503" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="507" />
        <source>Reachable – %1 ms</source>
        <translation>Kết nối được – %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="511" />
        <source>Not reachable: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="226" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="229" />
        <source>Test capture</source>
        <translation>Chụp thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="274" />
        <source>Capturing…</source>
        <translation>Đang chụp…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="278" />
        <source>Test capture OK: %1 × %2 pixels</source>
        <translation>Chụp thử thành công: %1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="283" />
        <source>Test capture failed: %1</source>
        <translation>Chụp thử thất bại: %1</translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <location filename="../../kiosk_app/domain/citizen_id.py" line="67" />
        <source>The code read is empty. Please scan the QR code on the back of your ID card again.</source>
        <translation>Mã đọc được không có nội dung. Vui lòng quét lại mã QR ở mặt sau thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/domain/citizen_id.py" line="70" />
        <source>This QR code is not the one of a chip citizen ID card. Please scan the QR code on the back of your ID card, or type your details.</source>
        <translation>Đây không phải mã QR của thẻ căn cước gắn chip. Vui lòng quét mã QR ở mặt sau thẻ căn cước, hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/domain/citizen_id.py" line="75" />
        <source>The ID number in the QR code is not valid. Please type your details instead.</source>
        <translation>Số định danh trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/domain/citizen_id.py" line="78" />
        <source>A date in the QR code is not valid. Please type your details instead.</source>
        <translation>Ngày tháng trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/domain/citizen_id.py" line="80" />
        <source>The QR code of the ID card could not be read correctly. Please type your details instead.</source>
        <translation>Không đọc được chính xác mã QR của thẻ căn cước. Vui lòng tự nhập thông tin.</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="595" />
        <source>Counters</source>
        <translation>Bộ đếm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="598" />
        <source>Sessions</source>
        <translation>Lượt sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="598" />
        <source>Submissions</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="599" />
        <source>Pages scanned</source>
        <translation>Trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="599" />
        <source>Receipts printed</source>
        <translation>Phiếu tiếp nhận đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="600" />
        <source>Tickets printed</source>
        <translation>Phiếu số thứ tự đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="601" />
        <source>Paper used since the roll was changed (mm)</source>
        <translation>Giấy đã dùng từ lần thay cuộn (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="607" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="618" />
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../devices/base.py" line="79" />
        <source>The device is not working. Please ask the staff for help.</source>
        <translation>Thiết bị đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="92" />
        <source>The device is not connected. Please ask the staff for help.</source>
        <translation>Thiết bị chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="102" />
        <source>The device did not answer in time. Please try again.</source>
        <translation>Thiết bị không phản hồi kịp. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="119" />
        <source>The receipt printer is not working. Please ask the staff for help.</source>
        <translation>Máy in phiếu đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="129" />
        <source>The receipt printer is offline. Please try again or ask the staff for help.</source>
        <translation>Máy in phiếu đang mất kết nối. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="141" />
        <source>The receipt printer is out of paper. Please ask the staff to replace the paper roll.</source>
        <translation>Máy in phiếu đã hết giấy. Vui lòng nhờ cán bộ thay cuộn giấy.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="153" />
        <source>The receipt printer cover is open. Please ask the staff to close it.</source>
        <translation>Nắp máy in phiếu đang mở. Vui lòng nhờ cán bộ đóng lại.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="165" />
        <source>The paper is jammed in the receipt printer. Please ask the staff for help.</source>
        <translation>Máy in phiếu bị kẹt giấy. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="183" />
        <source>The receipt may not have been printed. Please try printing again.</source>
        <translation>Phiếu có thể chưa được in. Vui lòng in lại.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="191" />
        <source>The camera is not working. Please ask the staff for help.</source>
        <translation>Camera đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="201" />
        <source>The camera is not connected. Please ask the staff for help.</source>
        <translation>Camera chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="215" />
        <source>The code scanner is not working. Please type the code instead.</source>
        <translation>Đầu đọc mã đang không hoạt động. Vui lòng nhập mã bằng bàn phím.</translation>
    </message>
    <message>
        <location filename="../../devices/base.py" line="233" />
        <source>The code could not be read. Please hold it still in front of the scanner.</source>
        <translation>Chưa đọc được mã. Vui lòng giữ yên mã trước đầu đọc.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="181" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="187" />
        <source>Document camera</source>
        <translation>Camera chụp tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="187" />
        <source>QR code reader</source>
        <translation>Đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="188" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="195" />
        <source>not configured</source>
        <translation>chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="198" />
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="198" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="87" />
        <source>QA faults</source>
        <translation>Lỗi giả lập (QA)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="90" />
        <source>Document camera</source>
        <translation>Camera chụp tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="90" />
        <source>QR code reader</source>
        <translation>Đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="91" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="91" />
        <source>Backend link (fault proxy)</source>
        <translation>Kết nối máy chủ (proxy lỗi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="94" />
        <source>Clear all faults</source>
        <translation>Xoá mọi lỗi giả lập</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="153" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="86" />
        <source>Are you still there?</source>
        <translation>Bạn còn ở đây không?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="88" />
        <source>For your privacy, everything you entered will be deleted when the countdown ends.</source>
        <translation>Để bảo vệ thông tin cá nhân, mọi thông tin bạn đã nhập sẽ bị xoá khi hết thời gian đếm ngược.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="90" />
        <source>I am here – I need more time</source>
        <translation>Tôi vẫn ở đây – Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="91" />
        <source>Finish and delete my information</source>
        <translation>Kết thúc và xoá thông tin của tôi</translation>
    </message>
</context>
<context>
    <name>KioskError</name>
    <message>
        <location filename="../../kiosk_app/errors.py" line="14" />
        <source>Something went wrong. Please ask the staff at the counter for help.</source>
        <translation>Đã có lỗi xảy ra. Vui lòng nhờ cán bộ tại quầy hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/errors.py" line="24" />
        <source>A device of this kiosk is not working. Please ask the staff for help.</source>
        <translation>Một thiết bị của kiosk đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/errors.py" line="28" />
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/errors.py" line="32" />
        <source>Some information is not valid. Please check it and try again.</source>
        <translation>Có thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="647" />
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="650" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="659" />
        <source>The log is empty.</source>
        <translation>Nhật ký trống.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Start again?</source>
        <translation>Bắt đầu lại?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>What you have entered and scanned will be deleted.</source>
        <translation>Những gì bạn đã nhập và quét sẽ bị xoá.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Yes, start again</source>
        <translation>Có, bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>No, continue</source>
        <translation>Không, tiếp tục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="182" />
        <source>Too many wrong PINs. Entry is locked for %n minute(s).</source>
        <translation><numerusform>Nhập sai mã PIN quá nhiều lần. Chức năng bảo trì bị khoá trong %n phút.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>No maintenance PIN is set on this kiosk.</source>
        <translation>Kiosk này chưa được đặt mã PIN bảo trì.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="196" />
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation><numerusform>Sai mã PIN. Còn %n lần thử.</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="94" />
        <source>Not available: this kiosk runs without devices or backend here.</source>
        <translation>Không khả dụng: kiosk này đang chạy không có thiết bị hoặc máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="118" />
        <source>working</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="119" />
        <source>busy</source>
        <translation>đang bận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="120" />
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="121" />
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="122" />
        <source>hardware error</source>
        <translation>lỗi phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="123" />
        <source>needs staff</source>
        <translation>cần cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="128" />
        <source>Action: staff – %1</source>
        <translation>Cần làm: cán bộ – %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="130" />
        <source>Action: none</source>
        <translation>Cần làm: không</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="131" />
        <source>Action: try again; check the cable</source>
        <translation>Cần làm: thử lại; kiểm tra cáp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="132" />
        <source>Action: call a technician</source>
        <translation>Cần làm: gọi kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="145" />
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="148" />
        <source>OK</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="149" />
        <source>nearly out – replace the roll soon</source>
        <translation>sắp hết – cần thay cuộn giấy sớm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="150" />
        <source>out – replace the roll</source>
        <translation>hết giấy – cần thay cuộn giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="151" />
        <source>jammed</source>
        <translation>kẹt giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="152" />
        <source>cover open</source>
        <translation>nắp đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="153" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="155" />
        <source>Paper: %1</source>
        <translation>Giấy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="157" />
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="89" />
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="93" />
        <source>Maintenance mode for technicians.

Choose a page on the left: device status, camera, QR reader, printer, backend, outbox, counters, log, profile, and diagnostics. The kiosk leaves maintenance mode by itself after a few idle minutes, or when you touch 'Leave maintenance'.</source>
        <translation>Chế độ bảo trì dành cho kỹ thuật viên.

Chọn một trang ở bên trái: tình trạng thiết bị, camera, đầu đọc mã QR, máy in, máy chủ, hàng đợi gửi, bộ đếm, nhật ký, cấu hình và chẩn đoán. Kiosk tự thoát chế độ bảo trì sau vài phút không thao tác, hoặc khi bạn chạm 'Thoát bảo trì'.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="103" />
        <source>Leave maintenance</source>
        <translation>Thoát bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="132" />
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="135" />
        <source>%1 (%2) – profile %3</source>
        <translation>%1 (%2) – cấu hình %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="138" />
        <source>out of service: %1</source>
        <translation>ngừng phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="163" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="163" />
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="351" />
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="352" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="353" />
        <source>Backspace</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="354" />
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355" />
        <source>Numbers and symbols</source>
        <translation>Số và ký hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="356" />
        <source>Letters</source>
        <translation>Chữ cái</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="357" />
        <source>Acute tone (sắc)</source>
        <translation>Dấu sắc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="358" />
        <source>Grave tone (huyền)</source>
        <translation>Dấu huyền</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="359" />
        <source>Hook tone (hỏi)</source>
        <translation>Dấu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="360" />
        <source>Tilde tone (ngã)</source>
        <translation>Dấu ngã</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="361" />
        <source>Dot tone (nặng)</source>
        <translation>Dấu nặng</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="34" />
        <source>Temporarily out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="37" />
        <source>This kiosk is being repaired. The staff at the reception counter will serve you.</source>
        <translation>Kiosk đang được sửa chữa. Cán bộ tại quầy tiếp nhận sẽ phục vụ bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="40" />
        <source>This kiosk is temporarily out of service</source>
        <translation>Kiosk tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="41" />
        <source>We are sorry. Please go to the reception counter; the staff will serve you.</source>
        <translation>Xin lỗi vì sự bất tiện. Vui lòng đến quầy tiếp nhận, cán bộ sẽ phục vụ bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="46" />
        <source>For staff: %1</source>
        <translation>Dành cho cán bộ: %1</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="538" />
        <source>Outbox</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="541" />
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="550" />
        <source>Waiting: %1 – rejected: %2 – sent: %3</source>
        <translation>Đang chờ: %1 – bị từ chối: %2 – đã gửi: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="555" />
        <source>no error yet</source>
        <translation>chưa có lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="557" />
        <source>%1 attempt(s)</source>
        <translation>%1 lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="558" />
        <source>Nothing is waiting.</source>
        <translation>Không có mục nào đang chờ.</translation>
    </message>
</context>
<context>
    <name>PageQuality</name>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="44" />
        <source>The page is blurred.</source>
        <translation>Ảnh trang giấy bị mờ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="45" />
        <source>Light is reflecting on the text of the page.</source>
        <translation>Ánh sáng bị phản chiếu lên chữ trên trang giấy.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="47" />
        <source>Part of the page is outside the camera's view.</source>
        <translation>Một phần trang giấy nằm ngoài khung hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="49" />
        <source>The page is too small in the picture.</source>
        <translation>Trang giấy quá nhỏ trong ảnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="51" />
        <source>The picture is too dark.</source>
        <translation>Ảnh quá tối.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="58" />
        <source>Hold the page still and flat until the picture is taken.</source>
        <translation>Giữ trang giấy phẳng và yên cho đến khi chụp xong.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="60" />
        <source>Tilt the page slightly or remove its plastic sleeve.</source>
        <translation>Nghiêng nhẹ trang giấy hoặc bỏ túi nhựa bọc ngoài.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="62" />
        <source>Move the page to the middle of the scanning area.</source>
        <translation>Đặt trang giấy vào giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="64" />
        <source>Place the page flat in the middle of the scanning area.</source>
        <translation>Đặt trang giấy nằm phẳng ở giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/digitize/quality.py" line="66" />
        <source>Do not cover the scanning area with your hand or body.</source>
        <translation>Không che vùng quét bằng tay hoặc người.</translation>
    </message>
</context>
<context>
    <name>PinPadOverlay</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="67" />
        <source>Maintenance – enter the PIN</source>
        <translation>Bảo trì – nhập mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="68" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="69" />
        <source>Erase</source>
        <translation>Xoá</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="11" />
        <source>Look up procedures</source>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="12" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="13" />
        <source>Document checklist</source>
        <translation>Danh mục giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="14" />
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="15" />
        <source>Receipt</source>
        <translation>Giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="16" />
        <source>Track a dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="17" />
        <source>Your dossier</source>
        <translation>Hồ sơ của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="18" />
        <source>Supplement</source>
        <translation>Bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="19" />
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="20" />
        <source>Your ticket</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="21" />
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="42" />
        <source>This service is not available at this kiosk yet. Touch Home to go back to the start.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Chạm Trang chủ để quay lại màn hình đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="48" />
        <source>This service is not yet available at this kiosk. Please go to the reception counter, where the staff will help you.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Vui lòng đến quầy tiếp nhận, cán bộ sẽ hướng dẫn bạn.</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="383" />
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="390" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="391" />
        <source>Paper replaced</source>
        <translation>Đã thay giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="392" />
        <source>Reprint the last receipt</source>
        <translation>In lại phiếu gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="407" />
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="417" />
        <source>Printed.</source>
        <translation>Đã in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="422" />
        <source>Not printed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="431" />
        <source>Printing the test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="435" />
        <source>Reprinting…</source>
        <translation>Đang in lại…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="445" />
        <source>New paper roll noted.</source>
        <translation>Đã ghi nhận cuộn giấy mới.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="681" />
        <source>Profile</source>
        <translation>Cấu hình</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="314" />
        <source>QR reader</source>
        <translation>Đầu đọc QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="321" />
        <source>Hold any QR code in front of the reader; what it reads appears here.</source>
        <translation>Đưa một mã QR bất kỳ trước đầu đọc; nội dung đọc được sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="322" />
        <source>Simulate a test code</source>
        <translation>Mô phỏng một mã thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="332" />
        <source>A code was seen but could not be read.</source>
        <translation>Đã thấy mã nhưng không đọc được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="336" />
        <source>Read by: %1</source>
        <translation>Bộ giải mã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="338" />
        <source>No code read yet.</source>
        <translation>Chưa đọc được mã nào.</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="704" />
        <source>Restart the kiosk application?</source>
        <translation>Khởi động lại ứng dụng kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="704" />
        <source>A visitor's unsaved work would be lost.</source>
        <translation>Dữ liệu chưa lưu của người dùng sẽ bị mất.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="707" />
        <source>Exit to the desktop?</source>
        <translation>Thoát ra màn hình nền?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="707" />
        <source>The kiosk stops serving visitors until it is started again.</source>
        <translation>Kiosk sẽ ngừng phục vụ cho đến khi được khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="721" />
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="724" />
        <source>Export a diagnostics bundle (logs, profile without secrets, device health, versions) to:</source>
        <translation>Xuất gói chẩn đoán (nhật ký, cấu hình không kèm thông tin bí mật, tình trạng thiết bị, phiên bản) vào:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="726" />
        <source>Restart the application</source>
        <translation>Khởi động lại ứng dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="727" />
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="747" />
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="751" />
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="754" />
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="48" />
        <location filename="../../ui/widgets/top_bar.py" line="55" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="49" />
        <location filename="../../ui/widgets/top_bar.py" line="56" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="52" />
        <source>Change language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="53" />
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="53" />
        <source>Normal text</source>
        <translation>Chữ thường</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="54" />
        <location filename="../../ui/widgets/top_bar.py" line="57" />
        <source>Help</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="37" />
        <source>Ministry of Science and Technology – One-stop service</source>
        <translation>Bộ Khoa học và Công nghệ – Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="41" />
        <source>Touch one of the four large buttons to begin.

• Look up procedures: find an administrative procedure and see which documents it needs.
• Submit a dossier: scan your papers and send them to the ministry.
• Track a dossier: see where your dossier is, using the code on your receipt.
• Get assistance: take a numbered ticket for the counter.

You can change the language and make the text larger with the buttons at the top.</source>
        <translation>Chạm vào một trong bốn nút lớn để bắt đầu.

• Tra cứu thủ tục: tìm thủ tục hành chính và xem cần những giấy tờ gì.
• Nộp hồ sơ: quét giấy tờ và gửi hồ sơ đến Bộ.
• Tra cứu hồ sơ: xem hồ sơ của bạn đang ở đâu, bằng mã trên giấy tiếp nhận.
• Nhờ hỗ trợ: lấy số thứ tự để được cán bộ tại quầy giúp.

Bạn có thể đổi ngôn ngữ và phóng to chữ bằng các nút ở phía trên.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="50" />
        <source>Welcome to the one-stop reception of the Ministry of Science and Technology</source>
        <translation>Chào mừng bạn đến Bộ phận Một cửa – Bộ Khoa học và Công nghệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="51" />
        <source>What would you like to do today?</source>
        <translation>Bạn muốn làm gì hôm nay?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53" />
        <source>Look up procedures</source>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53" />
        <source>Documents, fees and processing time</source>
        <translation>Giấy tờ, lệ phí và thời gian giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="54" />
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="54" />
        <source>Scan your papers and send them online</source>
        <translation>Quét giấy tờ và nộp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="55" />
        <source>Track a dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="55" />
        <source>With the code on your receipt</source>
        <translation>Bằng mã trên giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="56" />
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="56" />
        <source>A ticket for the counter staff</source>
        <translation>Lấy số thứ tự để cán bộ hỗ trợ</translation>
    </message>
</context>
</TS>