<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AssistanceScreen</name>
    <message>
        <location filename="../../ui/screens/assistance.py" line="67"/>
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="71"/>
        <source>Touch the kind of help you need. The kiosk prints a numbered ticket; wait until your number is called and go to the counter shown on the screen above the counters.

Not sure? Touch &quot;General information and guidance&quot;.</source>
        <translation>Chạm vào nội dung Ông/Bà cần hỗ trợ. Kiosk sẽ in phiếu số thứ tự; hãy chờ đến khi số của Ông/Bà được gọi và đến quầy hiển thị trên màn hình phía trên các quầy.

Chưa rõ nên chọn gì? Chạm vào &quot;Thông tin chung và hướng dẫn&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="77"/>
        <source>What do you need help with?</source>
        <translation>Ông/Bà cần hỗ trợ về việc gì?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="78"/>
        <source>Touch one area. You will get a numbered ticket for the counter.</source>
        <translation>Chạm vào một lĩnh vực. Ông/Bà sẽ nhận phiếu số thứ tự để đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="99"/>
        <source>Getting your ticket…</source>
        <translation>Đang lấy số thứ tự…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="125"/>
        <source>Tickets cannot be issued right now. Please go to the reception counter; the staff will help you in turn.</source>
        <translation>Hiện chưa thể cấp số thứ tự. Ông/Bà vui lòng đến quầy tiếp nhận, cán bộ sẽ hỗ trợ Ông/Bà theo lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="81"/>
        <source>Show my ticket</source>
        <translation>Xem lại phiếu của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="138"/>
        <source>You already have ticket %1. Please wait until your number is called.</source>
        <translation>Ông/Bà đã có phiếu số %1. Xin vui lòng chờ đến khi số của Ông/Bà được gọi.</translation>
    </message>
</context>
<context>
    <name>BackendPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="548"/>
        <source>The embedded backend is starting…</source>
        <translation>Máy chủ tích hợp đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="550"/>
        <source>The embedded backend did not start: %1. The kiosk works offline: submissions wait in the outbox.</source>
        <translation>Máy chủ tích hợp không khởi động được: %1. Kiosk đang hoạt động khi mất kết nối: hồ sơ nộp được giữ trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="516"/>
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="519"/>
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="528"/>
        <source>System: %1</source>
        <translation>Hệ thống: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="531"/>
        <source>The connected system takes no heartbeat.</source>
        <translation>Hệ thống đang kết nối không nhận tín hiệu định kỳ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="533"/>
        <source>Last heartbeat accepted at %1</source>
        <translation>Tín hiệu định kỳ gần nhất được nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="536"/>
        <source>Last heartbeat failed: %1</source>
        <translation>Tín hiệu định kỳ gần nhất thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="538"/>
        <source>No heartbeat sent yet.</source>
        <translation>Chưa gửi tín hiệu định kỳ nào.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="567"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="571"/>
        <source>Reachable – %1 ms</source>
        <translation>Kết nối được – %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="575"/>
        <source>Not reachable: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="257"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="260"/>
        <source>Test capture</source>
        <translation>Chụp thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="305"/>
        <source>Capturing…</source>
        <translation>Đang chụp…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="309"/>
        <source>Test capture OK: %1 × %2 pixels</source>
        <translation>Chụp thử thành công: %1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="314"/>
        <source>Test capture failed: %1</source>
        <translation>Chụp thử thất bại: %1</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="116"/>
        <source>Place your chip ID card flat on the reader, photo side up.</source>
        <translation>Vui lòng đặt thẻ căn cước gắn chip nằm phẳng trên đầu đọc, mặt có ảnh hướng lên trên.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="119"/>
        <source>Reading your card… Please keep it still on the reader.</source>
        <translation>Đang đọc thẻ… Vui lòng giữ yên thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="122"/>
        <location filename="../../ui/widgets/card_panel.py" line="127"/>
        <source>Your card was read.</source>
        <translation>Đã đọc xong thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="124"/>
        <source>Your details were read from the chip of your ID card and confirmed. Please check them below.</source>
        <translation>Thông tin của Ông/Bà đã được đọc từ chip của thẻ căn cước và đã được xác thực. Vui lòng kiểm tra lại bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="129"/>
        <source>Your details were read from the chip of your ID card, but this kiosk could not confirm the card&apos;s issuer. Please check them below; the staff will check your card when you hand in the documents.</source>
        <translation>Thông tin của Ông/Bà đã được đọc từ chip của thẻ căn cước, nhưng kiosk này chưa xác thực được cơ quan cấp thẻ. Vui lòng kiểm tra lại bên dưới; cán bộ sẽ kiểm tra thẻ khi Ông/Bà nộp giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="133"/>
        <source>Your card could not be read.</source>
        <translation>Chưa đọc được thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="140"/>
        <source>Type the last 6 digits of your ID number (on the front of the card), then touch “Read my card”.</source>
        <translation>Vui lòng nhập 6 số cuối của số định danh cá nhân (ở mặt trước thẻ), rồi chạm “Đọc thẻ của tôi”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="142"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="142"/>
        <source>Read my card</source>
        <translation>Đọc thẻ của tôi</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="29"/>
        <source>original</source>
        <translation>bản chính</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="30"/>
        <source>certified copy</source>
        <translation>bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="31"/>
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="37"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="38"/>
        <source>only if it applies to you</source>
        <translation>chỉ khi áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="39"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="70"/>
        <source>DOCUMENT CHECKLIST</source>
        <translation>DANH MỤC GIẤY TỜ CẦN CHUẨN BỊ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="74"/>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="83"/>
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="85"/>
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="91"/>
        <source>applies to you</source>
        <translation>có áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="92"/>
        <source>does not apply to you</source>
        <translation>không áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="93"/>
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="96"/>
        <source>When</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="100"/>
        <source>Still to prepare</source>
        <translation>Cần chuẩn bị thêm</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="105"/>
        <source>You have every document this procedure needs.</source>
        <translation>Ông/Bà đã có đủ giấy tờ thủ tục này yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="108"/>
        <source>Scan to read this procedure on your phone</source>
        <translation>Quét mã để xem thủ tục này trên điện thoại</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../ui/screens/checklist.py" line="83"/>
        <source>Check my documents</source>
        <translation>Kiểm tra giấy tờ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="87"/>
        <source>Touch each document you have with you; touch it again to untick it.

Some documents are needed only in certain cases: answer Yes or No to their question.

The yellow box tells you what is still missing. &quot;Print this checklist&quot; prints the list so you can prepare the rest at home.</source>
        <translation>Chạm vào từng giấy tờ Ông/Bà đang mang theo; chạm lại lần nữa để bỏ đánh dấu.

Một số giấy tờ chỉ cần trong một số trường hợp: hãy trả lời Có hoặc Không cho câu hỏi của giấy tờ đó.

Ô màu vàng cho biết Ông/Bà còn thiếu gì. &quot;In danh mục này&quot; sẽ in danh sách để Ông/Bà chuẩn bị phần còn lại ở nhà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="94"/>
        <source>Touch each document you have with you. The kiosk tells you what is still missing.</source>
        <translation>Chạm vào từng giấy tờ Ông/Bà đang mang theo. Kiosk sẽ cho biết Ông/Bà còn thiếu gì.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="95"/>
        <source>Print this checklist</source>
        <translation>In danh mục này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="96"/>
        <source>Continue to submit</source>
        <translation>Tiếp tục nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="136"/>
        <source>No procedure chosen</source>
        <translation>Chưa chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="137"/>
        <source>Please go back and choose a procedure first.</source>
        <translation>Vui lòng quay lại và chọn thủ tục trước.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="154"/>
        <source>not needed in your case</source>
        <translation>không cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="154"/>
        <source>answer the question first</source>
        <translation>hãy trả lời câu hỏi trước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="156"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="156"/>
        <source>needed in your case</source>
        <translation>cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="157"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="161"/>
        <source>I have it</source>
        <translation>đã có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="172"/>
        <source>… and %1 more (see the list above)</source>
        <translation>… và %1 giấy tờ khác (xem danh sách phía trên)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="173"/>
        <source>Still missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="175"/>
        <source>Please answer the questions above so the kiosk can tell you what you need.</source>
        <translation>Vui lòng trả lời các câu hỏi phía trên để kiosk cho biết Ông/Bà cần những gì.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="177"/>
        <source>You have every document this procedure needs.</source>
        <translation>Ông/Bà đã có đủ giấy tờ thủ tục này yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="196"/>
        <source>Does this apply to you? %1</source>
        <translation>Trường hợp này có áp dụng với Ông/Bà không? %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="197"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="199"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="236"/>
        <source>Printing your checklist…</source>
        <translation>Đang in danh mục…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="241"/>
        <source>Your checklist has been printed. Please take it from the printer.</source>
        <translation>Danh mục đã được in. Vui lòng lấy phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="254"/>
        <source>The checklist could not be printed.</source>
        <translation>Không in được danh mục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="255"/>
        <source>You can photograph this code with your phone to read the procedure at home.</source>
        <translation>Ông/Bà có thể chụp mã này bằng điện thoại để xem thủ tục khi về nhà.</translation>
    </message>
</context>
<context>
    <name>ConnectingLine</name>
    <message>
        <location filename="../../ui/widgets/connecting.py" line="78"/>
        <source>Connecting to the system… This takes a few seconds, please wait.</source>
        <translation>Đang kết nối với hệ thống… Việc này mất vài giây, Ông/Bà vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="689"/>
        <source>Counters</source>
        <translation>Bộ đếm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="692"/>
        <source>Sessions</source>
        <translation>Lượt sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="692"/>
        <source>Submissions</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="693"/>
        <source>Pages scanned</source>
        <translation>Trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="693"/>
        <source>Receipts printed</source>
        <translation>Giấy tiếp nhận đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="694"/>
        <source>Tickets printed</source>
        <translation>Phiếu số thứ tự đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="695"/>
        <source>Paper used since the roll was changed (mm)</source>
        <translation>Giấy đã dùng từ lần thay cuộn (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="701"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="711"/>
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="21"/>
        <source>1 working day</source>
        <translation>1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="22"/>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="15"/>
        <source>%1 days (calendar days)</source>
        <translation>%1 ngày (tính cả ngày nghỉ)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="19"/>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="18"/>
        <source>1 month</source>
        <translation>1 tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="40"/>
        <source>Time and fee to be confirmed at the counter</source>
        <translation>Thời hạn và phí cần xác nhận tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="140"/>
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="141"/>
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="146"/>
        <source>1 procedure</source>
        <translation>1 thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="147"/>
        <source>%1 procedures</source>
        <translation>%1 thủ tục</translation>
    </message>
</context>
<context>
    <name>DeviceStates</name>
    <message>
        <location filename="../../ui/device_states.py" line="29"/>
        <source>ID card reader</source>
        <translation>đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="17"/>
        <source>out of paper</source>
        <translation>hết giấy</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="18"/>
        <source>paper jammed</source>
        <translation>kẹt giấy</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="19"/>
        <source>cover open</source>
        <translation>nắp đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="20"/>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="21"/>
        <source>not answering</source>
        <translation>không phản hồi</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="22"/>
        <source>hardware fault</source>
        <translation>lỗi phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="26"/>
        <source>receipt printer</source>
        <extracomment>device kind (devices.registry.DEVICE_KINDS) → English source of its name.</extracomment>
        <translation>máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="27"/>
        <source>document camera</source>
        <translation>camera chụp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="28"/>
        <source>QR code reader</source>
        <translation>đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="31"/>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="219"/>
        <source>ID card reader</source>
        <translation>Đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="212"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="218"/>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="218"/>
        <source>QR code reader</source>
        <translation>Đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="219"/>
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="226"/>
        <source>not configured</source>
        <translation>chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="229"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="229"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="243"/>
        <source>Display and speech</source>
        <translation>Hiển thị và giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="244"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="247"/>
        <source>Text size %1 percent</source>
        <translation>Cỡ chữ %1 phần trăm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="248"/>
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="249"/>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="250"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="251"/>
        <source>Speech</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="252"/>
        <source>Speak screens</source>
        <translation>Đọc màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="253"/>
        <source>Silent</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="254"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="94"/>
        <source>Please enter your full name.</source>
        <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="97"/>
        <source>Please enter your ID number (12 digits).</source>
        <translation>Vui lòng nhập số căn cước (12 chữ số).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="99"/>
        <source>An ID number has 12 digits (or 9 for an old card).</source>
        <translation>Số căn cước gồm 12 chữ số (hoặc 9 chữ số với chứng minh nhân dân cũ).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="104"/>
        <source>Write the date as day/month/year, for example 05/09/1980.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1980.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="107"/>
        <source>This date of birth is not possible.</source>
        <translation>Ngày sinh này không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="109"/>
        <source>Please enter your address.</source>
        <translation>Vui lòng nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="112"/>
        <source>Please enter the name of the business or organisation.</source>
        <translation>Vui lòng nhập tên doanh nghiệp, tổ chức.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="115"/>
        <source>A tax code has 10 digits (or 13 with a branch number).</source>
        <translation>Mã số thuế gồm 10 chữ số (hoặc 13 chữ số với mã chi nhánh).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="125"/>
        <source>Please enter your phone number.</source>
        <translation>Vui lòng nhập số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="127"/>
        <source>A phone number has 10 digits, for example 0912345678.</source>
        <translation>Số điện thoại gồm 10 chữ số, ví dụ 0912345678.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="130"/>
        <source>This e-mail address is not complete, for example ten@gmail.com.</source>
        <translation>Địa chỉ thư điện tử chưa đầy đủ, ví dụ ten@gmail.com.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="138"/>
        <source>Please enter the address the result should be posted to.</source>
        <translation>Vui lòng nhập địa chỉ nhận kết quả qua bưu điện.</translation>
    </message>
</context>
<context>
    <name>DossierScreen</name>
    <message>
        <location filename="../../ui/screens/dossier.py" line="104"/>
        <source>Your dossier</source>
        <translation>Hồ sơ của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="122"/>
        <source>Steps</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="124"/>
        <source>Send the missing documents now</source>
        <translation>Gửi giấy tờ bổ sung ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="169"/>
        <source>No dossier to show</source>
        <translation>Chưa có hồ sơ để hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="178"/>
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="180"/>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="184"/>
        <source>⚠ This dossier is late: the result was due on %1. Please ask the staff at the counter about the new date.</source>
        <translation>⚠ Hồ sơ đã quá hạn: hẹn trả kết quả ngày %1. Vui lòng hỏi cán bộ tại quầy về ngày hẹn mới.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="214"/>
        <source>Processing has ended.</source>
        <translation>Hồ sơ đã kết thúc xử lý.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="216"/>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="219"/>
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="220"/>
        <source>by post</source>
        <translation>qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="223"/>
        <source>Finished on %1. The result has been returned.</source>
        <translation>Đã xử lý xong ngày %1. Kết quả đã được trả.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="224"/>
        <source>Finished on %1. Your result is ready %2.</source>
        <translation>Đã xử lý xong ngày %1. Kết quả đã sẵn sàng để trả %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="228"/>
        <source>Result due on %1</source>
        <translation>Hẹn trả kết quả ngày %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="232"/>
        <source>Used %1/%2 working days, result due on %3</source>
        <translation>Đã dùng %1/%2 ngày làm việc, hẹn trả %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="230"/>
        <source>Processing time %1, result due on %2</source>
        <translation>Thời hạn giải quyết %1, hẹn trả %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="241"/>
        <source>The ministry needs more documents from you:</source>
        <translation>Bộ đề nghị Ông/Bà bổ sung giấy tờ sau:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="245"/>
        <source>Please hand them in by %1. The processing time is paused until then.</source>
        <translation>Vui lòng nộp bổ sung trước ngày %1. Thời hạn giải quyết tạm dừng trong thời gian chờ bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="257"/>
        <source>A fee of %1 is due before your dossier can continue.</source>
        <translation>Ông/Bà cần nộp phí, lệ phí %1 để hồ sơ được tiếp tục xử lý.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="258"/>
        <source>Scan the code with your banking app to pay by transfer (VietQR).</source>
        <translation>Quét mã bằng ứng dụng ngân hàng để chuyển khoản (VietQR).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="260"/>
        <source>Transfer description: %1</source>
        <translation>Nội dung chuyển khoản: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="268"/>
        <source>Received on %1</source>
        <translation>Tiếp nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="279"/>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="281"/>
        <source>In progress since %1</source>
        <translation>Đang xử lý từ %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="283"/>
        <source>Due by %1</source>
        <translation>Hạn xử lý: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="285"/>
        <source>finished late</source>
        <translation>hoàn thành trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="285"/>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="108"/>
        <source>This page shows where your dossier is: its status, how many working days have been used, the date your result is due, and each step with the unit handling it.

If the ministry asks for more documents, the yellow box says which ones and until when; touch &quot;Send the missing documents now&quot; to scan them here.

If a fee is due, scan the payment code with your banking app.

Touch &quot;Done&quot; when you have finished: what you typed on this kiosk is deleted; your dossier is not affected.</source>
        <translation>Trang này cho biết hồ sơ của Ông/Bà đang ở đâu: trạng thái, số ngày làm việc đã dùng, ngày hẹn trả kết quả và từng bước cùng đơn vị đang xử lý.

Nếu Bộ yêu cầu bổ sung giấy tờ, ô màu vàng cho biết cần giấy tờ gì và hạn đến khi nào; chạm &quot;Gửi giấy tờ bổ sung ngay&quot; để quét và gửi tại đây.

Nếu phải nộp phí, hãy quét mã thanh toán bằng ứng dụng ngân hàng.

Chạm &quot;Xong&quot; khi đã xem xong: thông tin Ông/Bà vừa nhập trên máy sẽ được xoá; hồ sơ đã nộp không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="118"/>
        <source>The information you just entered on this kiosk will be deleted. Your submitted dossier is not affected.</source>
        <translation>Thông tin Ông/Bà vừa nhập trên máy sẽ được xoá; hồ sơ đã nộp không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="125"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="123"/>
        <source>Papers issued</source>
        <translation>Các phiếu đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="203"/>
        <source>Printing your receipt and appointment slip (form 01)…</source>
        <translation>Đang in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="205"/>
        <source>Your dossier has been accepted. Please take your receipt and appointment slip (form 01) from the printer below the screen.</source>
        <translation>Hồ sơ của Ông/Bà đã được tiếp nhận. Vui lòng lấy Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) ở khe máy in phía dưới màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="209"/>
        <source>Your dossier has been accepted; ask the staff at the counter for your receipt and appointment slip (form 01).</source>
        <translation>Hồ sơ của Ông/Bà đã được tiếp nhận. Vui lòng liên hệ cán bộ tại quầy tiếp nhận để nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="198"/>
        <source>no. %1 of %2</source>
        <translation>số %1, ngày %2</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="79"/>
        <source>Go to the field</source>
        <translation>Đi tới ô cần sửa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="84"/>
        <source>There is a problem: %1 to correct</source>
        <translation>Có %1 lỗi cần sửa</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="94"/>
        <source>ID card reader</source>
        <translation>Đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="90"/>
        <source>QA faults</source>
        <translation>Lỗi giả lập (QA)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="93"/>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="93"/>
        <source>QR code reader</source>
        <translation>Đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="94"/>
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="95"/>
        <source>Backend link (fault proxy)</source>
        <translation>Kết nối máy chủ (proxy lỗi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="98"/>
        <source>Clear all faults</source>
        <translation>Xoá mọi lỗi giả lập</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="33"/>
        <source>Science and technology</source>
        <translation>Khoa học và công nghệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="34"/>
        <source>Intellectual property</source>
        <translation>Sở hữu trí tuệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="35"/>
        <source>Standards, metrology and quality</source>
        <translation>Tiêu chuẩn, đo lường, chất lượng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="36"/>
        <source>Radiation and nuclear safety</source>
        <translation>An toàn bức xạ và hạt nhân</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="37"/>
        <source>Telecommunications</source>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="38"/>
        <source>Radio frequencies</source>
        <translation>Tần số vô tuyến điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="39"/>
        <source>Postal services</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="43"/>
        <source>General information and guidance</source>
        <translation>Thông tin chung và hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="44"/>
        <source>Collect a result</source>
        <translation>Nhận kết quả</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="196"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="117"/>
        <source>Are you still there?</source>
        <translation>Ông/Bà còn ở đây không?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="119"/>
        <source>For your privacy, everything you entered and scanned will be deleted when the countdown ends.</source>
        <translation>Để bảo vệ thông tin cá nhân, mọi thông tin Ông/Bà đã nhập và mọi trang đã quét sẽ bị xoá khi hết thời gian đếm ngược.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="121"/>
        <source>I need more time</source>
        <translation>Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="122"/>
        <source>End now and delete my information</source>
        <translation>Kết thúc ngay và xoá thông tin của tôi</translation>
    </message>
</context>
<context>
    <name>KeypadNavigator</name>
    <message>
        <location filename="../../ui/keypad.py" line="331"/>
        <source>Keys: Tab, the arrow keys or keypad plus move between the controls; Enter chooses; Backspace or keypad minus goes back; F1 or keypad slash shows help; F2 or keypad star reads the screen aloud.</source>
        <translation>Phím: Tab, các phím mũi tên hoặc phím cộng trên bàn phím số để chuyển giữa các nút; Enter để chọn; Backspace hoặc phím trừ trên bàn phím số để quay lại; F1 hoặc phím chia trên bàn phím số để xem hướng dẫn; F2 hoặc phím nhân trên bàn phím số để đọc to màn hình.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="742"/>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="745"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="753"/>
        <source>The log is empty.</source>
        <translation>Nhật ký trống.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../ui/screens/lookup.py" line="77"/>
        <source>Look up procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="81"/>
        <source>Type a few words of the procedure&apos;s name with the keyboard below, for example &quot;dang ky nhan hieu&quot;. You do not need to type the accents, and small typing mistakes are fine.

Or touch a field to see all of its procedures.

Touch a procedure to see its documents, fee and processing time.</source>
        <translation>Nhập vài từ trong tên thủ tục bằng bàn phím bên dưới, ví dụ &quot;dang ky nhan hieu&quot;. Ông/Bà không cần nhập dấu, nhập sai một chút cũng không sao.

Hoặc chạm vào một lĩnh vực để xem tất cả thủ tục của lĩnh vực đó.

Chạm vào một thủ tục để xem giấy tờ, phí và thời hạn giải quyết.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="88"/>
        <source>Which procedure are you looking for?</source>
        <translation>Ông/Bà đang tìm thủ tục nào?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="89"/>
        <source>Type a few words, e.g. dang ky nhan hieu</source>
        <translation>Nhập vài từ, ví dụ: dang ky nhan hieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="90"/>
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="92"/>
        <source>The ministry&apos;s system cannot be reached right now. You can still look up procedures saved on this kiosk.</source>
        <translation>Hiện không kết nối được hệ thống của Bộ. Ông/Bà vẫn có thể tìm các thủ tục đã lưu trên kiosk này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="94"/>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="95"/>
        <source>Ask the staff: take a ticket for the counter</source>
        <translation>Nhờ cán bộ hỗ trợ – lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="141"/>
        <source>Procedures matching &quot;%1&quot; – touch one to open it</source>
        <translation>Thủ tục phù hợp với &quot;%1&quot; – chạm để xem</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="144"/>
        <source>No procedure matches &quot;%1&quot;. Check the words, try fewer words, or clear the box to browse by field. The staff at the counter can also help you.</source>
        <translation>Không tìm thấy thủ tục phù hợp với &quot;%1&quot;. Ông/Bà hãy kiểm tra lại, nhập ít từ hơn, hoặc xoá ô tìm kiếm để xem theo lĩnh vực. Cán bộ tại quầy cũng có thể hỗ trợ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="160"/>
        <source>Or choose a field</source>
        <translation>Hoặc chọn lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="172"/>
        <source>no fee</source>
        <translation>không mất phí</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Start again?</source>
        <translation>Bắt đầu lại?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>What you have entered and scanned will be deleted.</source>
        <translation>Những gì Ông/Bà đã nhập và quét sẽ bị xoá.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Yes, start again</source>
        <translation>Có, bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>No, continue</source>
        <translation>Không, tiếp tục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Too many wrong PINs. Entry is locked for %n minute(s).</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Chức năng bảo trì bị khoá trong %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>No maintenance PIN is set on this kiosk.</source>
        <translation>Kiosk này chưa được đặt mã PIN bảo trì.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Sai mã PIN. Còn %n lần thử.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="109"/>
        <source>Not available: this kiosk runs without devices or backend here.</source>
        <translation>Không khả dụng: kiosk này đang chạy không có thiết bị hoặc máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="148"/>
        <source>working</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="149"/>
        <source>busy</source>
        <translation>đang bận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="150"/>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="151"/>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="152"/>
        <source>hardware error</source>
        <translation>lỗi phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="153"/>
        <source>needs staff</source>
        <translation>cần cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="158"/>
        <source>Action: staff – %1</source>
        <translation>Cần làm: cán bộ – %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="160"/>
        <source>Action: none</source>
        <translation>Cần làm: không</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="161"/>
        <source>Action: try again; check the cable</source>
        <translation>Cần làm: thử lại; kiểm tra cáp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="162"/>
        <source>Action: call a technician</source>
        <translation>Cần làm: gọi kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="175"/>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="178"/>
        <source>OK</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="179"/>
        <source>nearly out – replace the roll soon</source>
        <translation>sắp hết – cần thay cuộn giấy sớm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="180"/>
        <source>out – replace the roll</source>
        <translation>hết giấy – cần thay cuộn giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="181"/>
        <source>jammed</source>
        <translation>kẹt giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="182"/>
        <source>cover open</source>
        <translation>nắp đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="183"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="185"/>
        <source>Paper: %1</source>
        <translation>Giấy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="187"/>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="112"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="116"/>
        <source>Maintenance mode for technicians.

Choose a page on the left: device status, camera, QR reader, printer, backend, outbox, counters, log, profile, and diagnostics. The kiosk leaves maintenance mode by itself after a few idle minutes, or when you touch &apos;Leave maintenance&apos;.</source>
        <translation>Chế độ bảo trì dành cho kỹ thuật viên.

Chọn một trang ở bên trái: tình trạng thiết bị, camera, đầu đọc mã QR, máy in, máy chủ, hàng đợi gửi, bộ đếm, nhật ký, cấu hình và chẩn đoán. Kiosk tự thoát chế độ bảo trì sau vài phút không thao tác, hoặc khi Ông/Bà chạm &apos;Thoát bảo trì&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="126"/>
        <source>Leave maintenance</source>
        <translation>Thoát bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="154"/>
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="158"/>
        <source>%1 (%2) – profile %3</source>
        <translation>%1 (%2) – cấu hình %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="161"/>
        <source>out of service: %1</source>
        <translation>ngừng phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="185"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="185"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../ui/widgets/message.py" line="33"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="34"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="35"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="36"/>
        <source>Success</source>
        <translation>Thành công</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <location filename="../../ui/messages.py" line="105"/>
        <source>The ID card could not be read. Please take the card off the reader and put it back.</source>
        <translation>Không đọc được thẻ căn cước. Vui lòng nhấc thẻ ra khỏi đầu đọc rồi đặt lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>The ID card reader is not working. Please scan the QR code on the back of your ID card, or type your details.</source>
        <translation>Đầu đọc thẻ căn cước đang không hoạt động. Vui lòng quét mã QR ở mặt sau thẻ căn cước, hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>The ID card was moved before reading finished. Please put it back on the reader and keep it still.</source>
        <translation>Thẻ căn cước đã bị dịch chuyển trước khi đọc xong. Vui lòng đặt lại thẻ lên đầu đọc và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>The card could not be opened with this number. Please check the last 6 digits of your ID number and try again.</source>
        <translation>Không mở được thẻ bằng số này. Vui lòng kiểm tra 6 số cuối của số định danh cá nhân rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>This card is not a chip ID card. Please put your chip ID card on the reader.</source>
        <translation>Thẻ này không phải thẻ căn cước gắn chip. Vui lòng đặt thẻ căn cước gắn chip của Ông/Bà lên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>The data on this card could not be confirmed. Please go to the reception counter.</source>
        <translation>Không xác thực được dữ liệu trên thẻ này. Vui lòng đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>This service is not offered at this kiosk. Please go to the reception counter; the staff will help you in turn.</source>
        <translation>Kiosk này không cung cấp dịch vụ này. Ông/Bà vui lòng đến quầy tiếp nhận, cán bộ sẽ hỗ trợ Ông/Bà theo lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>The receipt could not be printed.</source>
        <translation>Không in được giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>The picture could not be taken. Please try again.</source>
        <translation>Không chụp được ảnh. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, or go to the reception counter.</source>
        <translation>Không lưu được hồ sơ tại kiosk này; chưa có gì được gửi đi. Vui lòng thử lại hoặc đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Some information is missing. Please check every step.</source>
        <translation>Còn thiếu thông tin. Vui lòng kiểm tra lại từng bước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>A date in the QR code is not valid. Please type your details instead.</source>
        <translation>Ngày tháng trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>A device of this kiosk is not working. Please ask the staff for help.</source>
        <translation>Một thiết bị của kiosk đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>Light is reflecting on the text of the page. Tilt the page slightly or remove its plastic sleeve.</source>
        <translation>Ánh sáng bị phản chiếu lên chữ trên trang giấy. Nghiêng nhẹ trang giấy hoặc bỏ túi nhựa bọc ngoài.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>Part of the page is outside the camera&apos;s view. Move the page to the middle of the scanning area.</source>
        <translation>Một phần trang giấy nằm ngoài khung hình. Đặt trang giấy vào giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Some information is not valid. Please check it and try again.</source>
        <translation>Có thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Something went wrong. Please ask the staff at the counter for help.</source>
        <translation>Đã có lỗi xảy ra. Vui lòng nhờ cán bộ tại quầy hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>The ID number in the QR code is not valid. Please type your details instead.</source>
        <translation>Số định danh trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>The letters of the QR code were not read correctly. Please scan the QR code on the back of your ID card again.</source>
        <translation>Chữ trong mã QR không được đọc đúng. Ông/Bà vui lòng quét lại mã QR ở mặt sau thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The ID number does not match the date of birth or sex on the card. Please scan again or type your details.</source>
        <translation>Số định danh không khớp với ngày sinh hoặc giới tính trên thẻ. Ông/Bà vui lòng quét lại hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The QR code of the ID card could not be read correctly. Please type your details instead.</source>
        <translation>Không đọc được chính xác mã QR của thẻ căn cước. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The camera is not connected. Please ask the staff for help.</source>
        <translation>Camera chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The camera is not working. Please ask the staff for help.</source>
        <translation>Camera đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The code could not be read. Please hold it still in front of the scanner.</source>
        <translation>Chưa đọc được mã. Vui lòng giữ yên mã trước đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>The code read is empty. Please scan the QR code on the back of your ID card again.</source>
        <translation>Mã đọc được không có nội dung. Vui lòng quét lại mã QR ở mặt sau thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>The code scanner is not working. Please type the code instead.</source>
        <translation>Đầu đọc mã đang không hoạt động. Vui lòng nhập mã bằng bàn phím.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>The device did not answer in time. Please try again.</source>
        <translation>Thiết bị không phản hồi kịp. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>The device is not connected. Please ask the staff for help.</source>
        <translation>Thiết bị chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>The device is not working. Please ask the staff for help.</source>
        <translation>Thiết bị đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>The page is blurred. Hold the page still and flat until the picture is taken.</source>
        <translation>Ảnh trang giấy bị mờ. Giữ trang giấy phẳng và yên cho đến khi chụp xong.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>The page is too small in the picture. Place the page flat in the middle of the scanning area.</source>
        <translation>Trang giấy quá nhỏ trong ảnh. Đặt trang giấy nằm phẳng ở giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>The paper is jammed in the receipt printer. Please ask the staff for help.</source>
        <translation>Máy in phiếu bị kẹt giấy. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>The picture is too dark. Do not cover the scanning area with your hand or body.</source>
        <translation>Ảnh quá tối. Không che vùng quét bằng tay hoặc người.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>The receipt may not have been printed. Please try printing again.</source>
        <translation>Phiếu có thể chưa được in. Vui lòng in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>The receipt printer cover is open. Please ask the staff to close it.</source>
        <translation>Nắp máy in phiếu đang mở. Vui lòng nhờ cán bộ đóng lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>The receipt printer is not working. Please ask the staff for help.</source>
        <translation>Máy in phiếu đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>The receipt printer is offline. Please try again or ask the staff for help.</source>
        <translation>Máy in phiếu đang mất kết nối. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>The receipt printer is out of paper. Please ask the staff to replace the paper roll.</source>
        <translation>Máy in phiếu đã hết giấy. Vui lòng nhờ cán bộ thay cuộn giấy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>This QR code is not the one of a chip citizen ID card. Please scan the QR code on the back of your ID card, or type your details.</source>
        <translation>Đây không phải mã QR của thẻ căn cước gắn chip. Vui lòng quét mã QR ở mặt sau thẻ căn cước, hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>No page was found in the picture. Lay the page flat in the middle of the scanning area.</source>
        <translation>Không thấy trang giấy trong ảnh. Đặt trang giấy nằm phẳng ở giữa vùng quét.</translation>
    </message>
</context>
<context>
    <name>MoreHint</name>
    <message>
        <location filename="../../ui/widgets/more_hint.py" line="31"/>
        <source>Drag the list up to see more</source>
        <translation>Kéo danh sách lên để xem thêm</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="387"/>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="388"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="389"/>
        <source>Backspace</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="390"/>
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="391"/>
        <source>Numbers and symbols</source>
        <translation>Số và ký hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="392"/>
        <source>Letters</source>
        <translation>Chữ cái</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="393"/>
        <source>Acute tone (sắc)</source>
        <translation>Dấu sắc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="394"/>
        <source>Grave tone (huyền)</source>
        <translation>Dấu huyền</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="395"/>
        <source>Hook tone (hỏi)</source>
        <translation>Dấu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="396"/>
        <source>Tilde tone (ngã)</source>
        <translation>Dấu ngã</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="397"/>
        <source>Dot tone (nặng)</source>
        <translation>Dấu nặng</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="34"/>
        <source>Temporarily out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="37"/>
        <source>This kiosk is being repaired. The staff at the reception counter will serve you.</source>
        <translation>Kiosk đang được sửa chữa. Cán bộ tại quầy tiếp nhận sẽ phục vụ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="40"/>
        <source>This kiosk is temporarily out of service</source>
        <translation>Kiosk tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="41"/>
        <source>We are sorry. Please go to the reception counter; the staff will serve you.</source>
        <translation>Xin lỗi vì sự bất tiện. Vui lòng đến quầy tiếp nhận, cán bộ sẽ phục vụ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="47"/>
        <source>For staff: %1</source>
        <translation>Dành cho cán bộ: %1</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="613"/>
        <source>Outbox</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="616"/>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="625"/>
        <source>Waiting: %1 – sending: %2 – dead letters: %3 – sent: %4</source>
        <translation>Đang chờ: %1 – đang gửi: %2 – không gửi được: %3 – đã gửi: %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="636"/>
        <source>Dead letters (never resent; hand the reference to the staff): %1</source>
        <translation>Không gửi được (sẽ không gửi lại; chuyển mã tham chiếu cho cán bộ): %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="640"/>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="644"/>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="644"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="645"/>
        <source>refused by the server</source>
        <translation>máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="645"/>
        <source>cannot be sent</source>
        <translation>không gửi được</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="632"/>
        <source>no error yet</source>
        <translation>chưa có lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="634"/>
        <source>%1 attempt(s)</source>
        <translation>%1 lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="635"/>
        <source>Nothing is waiting.</source>
        <translation>Không có mục nào đang chờ.</translation>
    </message>
</context>
<context>
    <name>PinPadOverlay</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="67"/>
        <source>Maintenance – enter the PIN</source>
        <translation>Bảo trì – nhập mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="68"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="69"/>
        <source>Erase</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="70"/>
        <source>OK</source>
        <translation>Vào</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="12"/>
        <source>Look up procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="13"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="14"/>
        <source>Document checklist</source>
        <translation>Danh mục giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="15"/>
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="16"/>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="17"/>
        <source>Track a dossier</source>
        <translation>Xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="18"/>
        <source>Your dossier</source>
        <translation>Hồ sơ của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="19"/>
        <source>Supplement</source>
        <translation>Bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="20"/>
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="21"/>
        <source>Your ticket</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="22"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="43"/>
        <source>This service is not available at this kiosk yet. Touch Home to go back to the start.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Chạm &quot;Trang chủ&quot; để quay lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="49"/>
        <source>This service is not yet available at this kiosk. Please go to the reception counter, where the staff will help you.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Vui lòng đến quầy tiếp nhận, cán bộ sẽ hướng dẫn Ông/Bà.</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="413"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="419"/>
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="420"/>
        <source>Paper replaced</source>
        <translation>Đã thay giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="421"/>
        <source>Reprint the last receipt</source>
        <translation>In lại phiếu gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="436"/>
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="446"/>
        <source>Printed.</source>
        <translation>Đã in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="451"/>
        <source>Not printed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="462"/>
        <source>Printing the test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="468"/>
        <source>Reprinting…</source>
        <translation>Đang in lại…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="481"/>
        <source>New paper roll noted.</source>
        <translation>Đã ghi nhận cuộn giấy mới.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="88"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="92"/>
        <source>This page shows everything about the procedure: on the left, the documents you need; on the right, how long it takes, the fee, what you receive and who may apply. Drag the page up to read more.

• Check my documents: tick the papers you have; the kiosk tells you what is missing and can print the list.
• Submit this dossier: scan your papers and send them now.</source>
        <translation>Trang này cho biết mọi thông tin về thủ tục: bên trái là các giấy tờ cần nộp; bên phải là thời hạn giải quyết, lệ phí, kết quả Ông/Bà nhận được và ai được nộp. Kéo trang lên để đọc tiếp.

• Kiểm tra giấy tờ của tôi: đánh dấu giấy tờ Ông/Bà có; kiosk cho biết còn thiếu gì và có thể in danh mục.
• Nộp hồ sơ này: quét giấy tờ và gửi ngay.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="99"/>
        <source>Check my documents</source>
        <translation>Kiểm tra giấy tờ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="100"/>
        <source>Submit this dossier</source>
        <translation>Nộp hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="101"/>
        <source>Documents to hand in</source>
        <translation>Giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="118"/>
        <source>This procedure is not available</source>
        <translation>Thủ tục này hiện không có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="121"/>
        <source>Please go back and choose another procedure, or ask the staff at the counter.</source>
        <translation>Vui lòng quay lại chọn thủ tục khác, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="126"/>
        <source>Code %1 · %2</source>
        <translation>Mã %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="138"/>
        <source>no fee</source>
        <translation>không mất phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="140"/>
        <source>in person at the one-stop department</source>
        <translation>trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="141"/>
        <source>online on the public service portal</source>
        <translation>trực tuyến trên Cổng Dịch vụ công</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="142"/>
        <source>by post</source>
        <translation>qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="145"/>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="146"/>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="151"/>
        <source>You receive</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="152"/>
        <source>Who may apply</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="153"/>
        <source>Handled by</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="154"/>
        <source>How to submit</source>
        <translation>Cách thức nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="155"/>
        <source>Number of sets</source>
        <translation>Số lượng bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="168"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="149"/>
        <location filename="../../ui/screens/procedure.py" line="158"/>
        <source>Please note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="159"/>
        <source>Dossiers received at or after %1:00 count from the next working day.</source>
        <translation>Hồ sơ tiếp nhận từ %1:00 trở đi được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="172"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="173"/>
        <source>Only if it applies to you</source>
        <translation>Chỉ khi áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="174"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="181"/>
        <source>When: %1</source>
        <translation>Trường hợp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="183"/>
        <source>Template: %1</source>
        <translation>Mẫu: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="775"/>
        <source>Profile</source>
        <translation>Cấu hình</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="345"/>
        <source>QR reader</source>
        <translation>Đầu đọc QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="351"/>
        <source>Hold any QR code in front of the reader; what it reads appears here.</source>
        <translation>Đưa một mã QR bất kỳ trước đầu đọc; nội dung đọc được sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="352"/>
        <source>Simulate a test code</source>
        <translation>Mô phỏng một mã thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="362"/>
        <source>A code was seen but could not be read.</source>
        <translation>Đã thấy mã nhưng không đọc được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="366"/>
        <source>Read by: %1</source>
        <translation>Bộ giải mã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="368"/>
        <source>No code read yet.</source>
        <translation>Chưa đọc được mã nào.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="37"/>
        <location filename="../../kiosk_app/receipts.py" line="79"/>
        <location filename="../../kiosk_app/receipts.py" line="151"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="57"/>
        <source>Scan to track your dossier</source>
        <translation>Quét mã để xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="54"/>
        <source>Scan this code at a kiosk to track your dossier, or enter the dossier code and the last 4 digits of your phone number</source>
        <translation>Quét mã này tại kiosk để xem tình trạng hồ sơ, hoặc nhập mã hồ sơ và 4 số cuối điện thoại của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="90"/>
        <location filename="../../kiosk_app/receipts.py" line="157"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="40"/>
        <location filename="../../kiosk_app/receipts.py" line="91"/>
        <location filename="../../kiosk_app/receipts.py" line="163"/>
        <location filename="../../kiosk_app/receipts.py" line="194"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="41"/>
        <location filename="../../kiosk_app/receipts.py" line="92"/>
        <location filename="../../kiosk_app/receipts.py" line="164"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="46"/>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="100"/>
        <location filename="../../kiosk_app/receipts.py" line="171"/>
        <source>Legal processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="47"/>
        <location filename="../../kiosk_app/receipts.py" line="174"/>
        <source>Result appointed for</source>
        <translation>Hẹn trả kết quả ngày</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="62"/>
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="63"/>
        <source>by post (VNPost)</source>
        <translation>qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="103"/>
        <location filename="../../kiosk_app/receipts.py" line="176"/>
        <source>Result returned</source>
        <translation>Nơi trả kết quả</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="106"/>
        <location filename="../../kiosk_app/receipts.py" line="110"/>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="114"/>
        <source>Pay the fee by bank transfer (VietQR)</source>
        <translation>Nộp phí bằng chuyển khoản (VietQR)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="49"/>
        <location filename="../../kiosk_app/receipts.py" line="178"/>
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="50"/>
        <source>self-service kiosk</source>
        <translation>kiosk tự phục vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="190"/>
        <source>Provisional reference</source>
        <translation>Mã tiếp nhận tạm thời</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="195"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="96"/>
        <location filename="../../kiosk_app/receipts.py" line="198"/>
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="200"/>
        <source>Your dossier has been saved at this kiosk and will be sent to the ministry automatically as soon as the connection is back. You do not need to submit it again.</source>
        <translation>Hồ sơ của Ông/Bà đã được lưu tại kiosk và sẽ tự động gửi đến Bộ ngay khi có kết nối. Ông/Bà không cần nộp lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="203"/>
        <source>To check it later, use this reference and the last 4 digits of your phone number at any kiosk or at the counter; it will show your dossier code.</source>
        <translation>Để xem tình trạng hồ sơ sau, hãy dùng mã này cùng 4 số cuối điện thoại của Ông/Bà tại bất kỳ kiosk nào hoặc tại quầy; hệ thống sẽ cho biết mã hồ sơ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="214"/>
        <source>Your number</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="217"/>
        <source>People ahead of you</source>
        <translation>Số người đang chờ trước Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="34"/>
        <source>scanned copy, %1 page(s)</source>
        <translation>bản chụp, %1 trang</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="119"/>
        <source>1. An officer of the one-stop department checks your dossier.</source>
        <translation>1. Cán bộ Bộ phận Một cửa kiểm tra hồ sơ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="121"/>
        <source>2. When it is accepted you receive the receipt and appointment slip (form 01) with the official return date: scan this QR code at a kiosk to print it.</source>
        <translation>2. Khi hồ sơ được tiếp nhận, Ông/Bà nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) với ngày hẹn trả kết quả chính thức: quét mã QR này tại kiosk để in.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="124"/>
        <source>3. If a document is missing or the dossier cannot be accepted, you are told why and what to do.</source>
        <translation>3. Nếu thiếu giấy tờ hoặc hồ sơ không được tiếp nhận, Ông/Bà sẽ được thông báo lý do và việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="173"/>
        <source>Accepted at</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="158"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="98"/>
        <source>Expected result date (estimate)</source>
        <translation>Ngày trả kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="77"/>
        <source>Not an appointment slip: the appointment comes with form 01 when an officer accepts your dossier</source>
        <translation>Phiếu này chưa phải giấy hẹn: ngày hẹn trả kết quả ghi trên Mẫu số 01 khi cán bộ tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="150"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="169"/>
        <source>Number of sets</source>
        <translation>Số lượng hồ sơ (bộ)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="85"/>
        <source>Or at any kiosk: type the dossier code and the last 4 digits of your phone number</source>
        <translation>Hoặc tại kiosk: nhập mã hồ sơ và 4 số cuối điện thoại của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="159"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="179"/>
        <source>Reprinted at a self-service kiosk</source>
        <translation>In lại tại kiosk tự phục vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="118"/>
        <source>What happens next</source>
        <translation>Các bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="136"/>
        <source>certified copy</source>
        <translation>bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="137"/>
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="102"/>
        <source>counted from acceptance</source>
        <translation>tính từ khi hồ sơ được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="134"/>
        <source>original</source>
        <translation>bản chính</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="108"/>
        <source>Receipt</source>
        <translation>Phiếu xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112"/>
        <source>Your receipt is printed below the screen. Keep it: its code and QR code let you track your dossier at any kiosk or online.

If a fee is due, you can pay it by scanning the payment QR code with your banking app.

If the printer has a problem, take a photo of the QR code on the screen and ask the staff.

Touch &apos;Finish&apos; when you are done: everything you entered is deleted from this kiosk.</source>
        <translation>Phiếu xác nhận nộp hồ sơ được in ở khe bên dưới màn hình. Hãy giữ lại: mã hồ sơ và mã QR trên giấy giúp Ông/Bà xem tình trạng hồ sơ tại bất kỳ kiosk nào hoặc trên mạng.

Nếu phải nộp phí, Ông/Bà có thể quét mã QR thanh toán bằng ứng dụng ngân hàng.

Nếu máy in gặp sự cố, hãy chụp ảnh mã QR trên màn hình và báo cho cán bộ.

Chạm &apos;Kết thúc&apos; khi xong: mọi thông tin Ông/Bà đã nhập sẽ được xoá khỏi kiosk này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="120"/>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="121"/>
        <source>Track this dossier</source>
        <translation>Xem tình trạng hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="122"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="199"/>
        <source>There is no receipt to show.</source>
        <translation>Không có phiếu xác nhận để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="240"/>
        <source>Your dossier is saved at this kiosk</source>
        <translation>Hồ sơ của Ông/Bà đã được lưu tại kiosk này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="242"/>
        <source>Provisional reference – the connection to the ministry is down right now.</source>
        <translation>Mã tiếp nhận tạm thời – hiện chưa kết nối được với hệ thống của Bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="244"/>
        <location filename="../../ui/screens/receipt.py" line="260"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="245"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="246"/>
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="248"/>
        <source>It will be sent automatically as soon as the connection is back; you do not need to submit it again. Track it with this reference and the last 4 digits of your phone number.</source>
        <translation>Hồ sơ sẽ được gửi tự động ngay khi kết nối lại; Ông/Bà không cần nộp lại. Ông/Bà có thể xem tình trạng hồ sơ bằng mã này và 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="251"/>
        <source>Provisional reference</source>
        <translation>Mã tiếp nhận tạm thời</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="254"/>
        <source>Your dossier has been received</source>
        <translation>Hồ sơ của Ông/Bà đã được nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="225"/>
        <location filename="../../ui/screens/receipt.py" line="257"/>
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="225"/>
        <location filename="../../ui/screens/receipt.py" line="258"/>
        <source>by post (VNPost)</source>
        <translation>qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="261"/>
        <location filename="../../ui/screens/receipt.py" line="291"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="262"/>
        <location filename="../../ui/screens/receipt.py" line="292"/>
        <source>Received at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="293"/>
        <source>Result appointed for</source>
        <translation>Hẹn trả kết quả ngày</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="264"/>
        <source>Result returned</source>
        <translation>Nơi trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="265"/>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="210"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="274"/>
        <source>Pay %1 with your banking app (VietQR)</source>
        <translation>Nộp %1 bằng ứng dụng ngân hàng (VietQR)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="287"/>
        <source>Your additional documents have been received</source>
        <translation>Giấy tờ bổ sung của Ông/Bà đã được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="295"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="303"/>
        <source>Printing your receipt…</source>
        <translation>Đang in phiếu xác nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="306"/>
        <source>Please take a photo of the QR code on the screen – it holds your dossier code – and tell the staff at the counter.</source>
        <translation>Vui lòng chụp ảnh mã QR trên màn hình (mã này chứa mã hồ sơ của Ông/Bà) và báo cho cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="309"/>
        <source>Your receipt has been printed. Please take it from the printer.</source>
        <translation>Phiếu xác nhận đã được in. Vui lòng lấy giấy ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="192"/>
        <source>What happens next</source>
        <translation>Các bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="216"/>
        <source>Take your printed receipt from the printer below the screen and keep it.</source>
        <translation>Xin Ông/Bà nhận phiếu xác nhận in ra ở khe máy in phía dưới màn hình và giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="218"/>
        <source>This kiosk sends your dossier to the ministry as soon as the connection is back. You do not need to do anything.</source>
        <translation>Kiosk sẽ tự gửi hồ sơ lên Bộ ngay khi kết nối lại. Ông/Bà không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="233"/>
        <source>Track your dossier with the code %1 (or the QR code) at any kiosk or online.</source>
        <translation>Xem tình trạng hồ sơ bằng mã %1 (hoặc mã QR) tại bất kỳ kiosk nào hoặc trên mạng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="229"/>
        <source>Pay the fee with the payment code (VietQR) on this receipt.</source>
        <translation>Nộp phí bằng mã thanh toán (VietQR) trên phiếu xác nhận này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="231"/>
        <source>A fee per item (e.g. per class) is charged as the procedure states it.</source>
        <translation>Khoản phí tính theo từng mục (ví dụ theo mỗi nhóm) được thu theo quy định của thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="221"/>
        <source>An officer checks your dossier. When it is accepted, you receive the receipt and appointment slip (form 01) with the official return date: scan this receipt&apos;s QR code at a kiosk to print it.</source>
        <translation>Cán bộ kiểm tra hồ sơ của Ông/Bà. Khi hồ sơ được tiếp nhận, Ông/Bà nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) với ngày hẹn trả kết quả chính thức: quét mã QR trên phiếu này tại kiosk để in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="263"/>
        <source>Expected result date (estimate)</source>
        <translation>Ngày trả kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226"/>
        <source>Your result is expected on %1 (an estimate until your dossier is accepted), %2.</source>
        <translation>Ngày trả kết quả dự kiến: %1 (chỉ là dự kiến cho đến khi hồ sơ được tiếp nhận), %2.</translation>
    </message>
</context>
<context>
    <name>ScanWidget</name>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="197"/>
        <source>Take the picture now</source>
        <translation>Chụp ngay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="199"/>
        <source>Lay the page face up under the camera, flat and whole. The picture is taken by itself when the green outline stays still.</source>
        <translation>Đặt trang giấy ngửa lên dưới camera, phẳng và trọn vẹn. Ảnh sẽ tự chụp khi khung viền xanh đứng yên.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="201"/>
        <source>I understand</source>
        <translation>Tôi đã hiểu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="202"/>
        <source>No page found yet. Lay one page alone in the marked area, face up, with nothing on it or under it, or touch “Take the picture now”.</source>
        <translation>Chưa tìm thấy trang giấy. Vui lòng đặt riêng từng tờ trong vùng đánh dấu, mặt có chữ lên trên, không có vật gì đè lên hay tờ nào khác bên dưới, hoặc chạm “Chụp ngay”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="204"/>
        <source>Retake the selected page</source>
        <translation>Chụp lại trang đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="205"/>
        <source>Delete the selected page</source>
        <translation>Xoá trang đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="206"/>
        <source>Move the selected page up</source>
        <translation>Chuyển trang đang chọn lên trước</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="207"/>
        <source>Move the selected page down</source>
        <translation>Chuyển trang đang chọn xuống sau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="208"/>
        <source>Turn the selected page a quarter turn clockwise</source>
        <translation>Xoay trang đang chọn một phần tư vòng theo chiều kim đồng hồ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="213"/>
        <location filename="../../ui/widgets/scanner.py" line="506"/>
        <source>Turn the page</source>
        <translation>Xoay trang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="209"/>
        <location filename="../../ui/widgets/scanner.py" line="460"/>
        <location filename="../../ui/widgets/scanner.py" line="505"/>
        <source>Retake</source>
        <translation>Chụp lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="210"/>
        <location filename="../../ui/widgets/scanner.py" line="504"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="211"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="212"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="225"/>
        <location filename="../../ui/widgets/scanner.py" line="234"/>
        <source>Taking the picture… keep the page still.</source>
        <translation>Đang chụp… vui lòng giữ yên trang giấy.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="227"/>
        <source>Lay page %1 again to replace it.</source>
        <translation>Đặt lại trang %1 để chụp thay.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="230"/>
        <source>Put the page under the camera.</source>
        <translation>Đặt trang giấy dưới camera.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="231"/>
        <source>Move the page so that it is whole and fills the marked area.</source>
        <translation>Di chuyển trang giấy để trang nằm trọn và phủ kín vùng đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="232"/>
        <source>Hold the page still…</source>
        <translation>Giữ yên trang giấy…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="233"/>
        <source>Hold still – taking the picture…</source>
        <translation>Giữ yên – đang chụp…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="235"/>
        <source>Picture taken. Lay the next page, or go on.</source>
        <translation>Đã chụp. Đặt trang tiếp theo, hoặc chuyển sang bước sau.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="284"/>
        <source>The camera of this kiosk is not working. Please ask the staff at the counter to receive your papers.</source>
        <translation>Camera của kiosk đang không hoạt động. Vui lòng đề nghị cán bộ tại quầy tiếp nhận giấy tờ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="573"/>
        <source>Page %1: </source>
        <translation>Trang %1: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="574"/>
        <source>We suggest retaking it.</source>
        <translation>Ông/Bà nên chụp lại trang này.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="221"/>
        <source>Retake the picture, or keep this page as it is.</source>
        <translation>Ông/Bà hãy chụp lại, hoặc giữ nguyên trang này.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="455"/>
        <source>This picture may not be good enough</source>
        <translation>Ảnh này có thể chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="456"/>
        <source>The new picture of page %1 may not be good enough</source>
        <translation>Ảnh chụp lại trang %1 có thể chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="459"/>
        <source>Keep this page anyway</source>
        <translation>Vẫn giữ trang này</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="503"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="507"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="578"/>
        <source>Page %1 – touch to see it large</source>
        <translation>Trang %1 – chạm để xem ảnh lớn</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../ui/speech_guide.py" line="177"/>
        <source>Speech is on.</source>
        <translation>Đã bật đọc màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/speech_guide.py" line="187"/>
        <location filename="../../ui/spoken.py" line="117"/>
        <source>Seconds left: %1.</source>
        <translation>Còn %1 giây.</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="123"/>
        <source>Choices: %1.</source>
        <translation>Các lựa chọn: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="154"/>
        <source>text field</source>
        <translation>ô nhập</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="156"/>
        <source>hidden entry</source>
        <translation>nội dung ẩn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="159"/>
        <source>contains %1</source>
        <translation>đã nhập %1</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="160"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="162"/>
        <source>check box</source>
        <translation>ô đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="163"/>
        <source>checked</source>
        <translation>đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="164"/>
        <source>not checked</source>
        <translation>chưa đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="166"/>
        <source>option</source>
        <translation>lựa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="167"/>
        <location filename="../../ui/spoken.py" line="172"/>
        <source>selected</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="168"/>
        <location filename="../../ui/spoken.py" line="173"/>
        <source>not selected</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="170"/>
        <source>button</source>
        <translation>nút</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="175"/>
        <source>unavailable</source>
        <translation>không dùng được</translation>
    </message>
</context>
<context>
    <name>SubmitScreen</name>
    <message>
        <location filename="../../ui/screens/submit.py" line="446"/>
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="465"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="466"/>
        <location filename="../../ui/screens/submit.py" line="794"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="466"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="467"/>
        <location filename="../../ui/screens/submit.py" line="807"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="467"/>
        <location filename="../../ui/screens/submit.py" line="809"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="467"/>
        <source>Review</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="471"/>
        <source>Previous step</source>
        <translation>Bước trước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="472"/>
        <location filename="../../ui/screens/submit.py" line="604"/>
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="474"/>
        <source>Which procedure do you want to submit? Type a few words of its name, or browse all procedures.</source>
        <translation>Ông/Bà muốn nộp hồ sơ cho thủ tục nào? Nhập vài từ trong tên thủ tục, hoặc xem danh sách tất cả thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="475"/>
        <source>Browse all procedures</source>
        <translation>Xem tất cả thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="477"/>
        <source>Hold the QR code on the back of your chip ID card in front of the reader: your details are filled in for you. You can also type them.</source>
        <translation>Đưa mã QR ở mặt sau thẻ căn cước gắn chip vào trước đầu đọc: thông tin của Ông/Bà sẽ được điền tự động. Ông/Bà cũng có thể tự nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="479"/>
        <source>I apply as an individual</source>
        <translation>Tôi nộp với tư cách cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="480"/>
        <source>For a business or organisation</source>
        <translation>Cho doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="482"/>
        <location filename="../../ui/screens/submit.py" line="655"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="483"/>
        <location filename="../../ui/screens/submit.py" line="799"/>
        <source>ID card number</source>
        <translation>Số căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="484"/>
        <source>Date of birth (day/month/year)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="485"/>
        <location filename="../../ui/screens/submit.py" line="800"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="486"/>
        <source>Name of the business or organisation</source>
        <translation>Tên doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="487"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="488"/>
        <source>Phone number (required)</source>
        <translation>Số điện thoại (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="489"/>
        <source>E-mail (optional)</source>
        <translation>Thư điện tử (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="490"/>
        <source>Postal address for the result</source>
        <translation>Địa chỉ nhận kết quả qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="495"/>
        <source>How can the centre reach you about this dossier? We send messages about its progress to this number.</source>
        <translation>Bộ phận Một cửa liên hệ với Ông/Bà về hồ sơ này bằng cách nào? Chúng tôi gửi thông báo về tiến độ hồ sơ tới số điện thoại này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="496"/>
        <source>How do you want to receive the result?</source>
        <translation>Ông/Bà muốn nhận kết quả bằng cách nào?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="497"/>
        <source>I will collect it at the reception counter</source>
        <translation>Tôi sẽ nhận tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="498"/>
        <source>Send it to me by post (VNPost)</source>
        <translation>Gửi cho tôi qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="499"/>
        <source>Use my address above</source>
        <translation>Dùng địa chỉ của tôi ở trên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="734"/>
        <source>Do you agree to this processing of your personal data?</source>
        <translation>Ông/Bà có đồng ý cho xử lý dữ liệu cá nhân như trên không?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="511"/>
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="512"/>
        <source>Slide the text up to read all of it.</source>
        <translation>Vuốt đoạn văn lên để đọc hết.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="513"/>
        <source>You agreed that the postal service receives these details.</source>
        <translation>Ông/Bà đã đồng ý để đơn vị bưu chính nhận các thông tin này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="887"/>
        <source>Please read who receives your details for delivery by post, then touch “I agree”.</source>
        <translation>Vui lòng đọc thông tin về bên nhận dữ liệu khi gửi kết quả qua bưu điện, rồi chạm “Tôi đồng ý”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="515"/>
        <source>I do not agree</source>
        <translation>Tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="516"/>
        <source>Submit my dossier</source>
        <translation>Nộp hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="518"/>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="581"/>
        <source>Thank you</source>
        <translation>Xin cảm ơn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="585"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="588"/>
        <source>Your dossier has been submitted</source>
        <translation>Hồ sơ của Ông/Bà đã được nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="589"/>
        <source>Your receipt is ready. You do not need to submit this dossier again.</source>
        <translation>Phiếu xác nhận nộp hồ sơ đã sẵn sàng. Ông/Bà không cần nộp lại hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="590"/>
        <source>Show my receipt</source>
        <translation>Xem phiếu xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="597"/>
        <source>Choose the procedure</source>
        <translation>Chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="608"/>
        <location filename="../../ui/screens/submit.py" line="1060"/>
        <source>Submitting is not available at this kiosk right now. Please go to the reception counter.</source>
        <translation>Hiện không thể nộp hồ sơ tại kiosk này. Vui lòng đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="655"/>
        <source>Full name of the representative</source>
        <translation>Họ và tên người đại diện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="658"/>
        <source>Your details were read from your ID card. Please check them.</source>
        <translation>Thông tin đã được đọc từ thẻ căn cước của Ông/Bà. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="737"/>
        <source>You agreed to the processing of your personal data.</source>
        <translation>Ông/Bà đã đồng ý cho xử lý dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="772"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="777"/>
        <source>only if: %1</source>
        <translation>chỉ khi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="779"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="782"/>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="782"/>
        <source>no pages yet</source>
        <translation>chưa có trang nào</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="796"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="802"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="804"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="807"/>
        <source>by post to %1</source>
        <translation>qua bưu điện tới %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="808"/>
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="881"/>
        <source>Please scan these required documents first: %1</source>
        <translation>Vui lòng quét các giấy tờ bắt buộc sau trước: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="1002"/>
        <source>The code could not be read. Hold the card still, about a hand&apos;s width from the reader.</source>
        <translation>Không đọc được mã. Hãy giữ yên thẻ, cách đầu đọc khoảng một bàn tay.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="1071"/>
        <source>Sending your dossier… please wait.</source>
        <translation>Đang gửi hồ sơ… vui lòng chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="450"/>
        <source>The steps are shown at the top; the highlighted one is where you are.

1. Choose the procedure.
2. Read what you need, the fee and how long it takes, and agree to the processing of your personal data (required to submit).
3. Hold the QR code on the back of your chip ID card to the reader, or type your details.
4. Give a phone number so the centre can reach you.
5. Choose how to receive the result.
6. Lay each document under the camera, one page at a time.
7. Check everything and touch &apos;Submit my dossier&apos;. You receive a printed receipt.

&apos;Back&apos; and &apos;Previous step&apos; both go one step back and keep what you entered. Home deletes everything.</source>
        <translation>Các bước được hiển thị ở phía trên; bước được tô đậm là bước Ông/Bà đang làm.

1. Chọn thủ tục.
2. Xem giấy tờ cần có, lệ phí và thời hạn giải quyết, rồi đồng ý cho xử lý dữ liệu cá nhân (bắt buộc để nộp hồ sơ).
3. Đưa mã QR ở mặt sau thẻ căn cước gắn chip vào đầu đọc, hoặc tự nhập thông tin.
4. Cho biết số điện thoại để Bộ phận Một cửa liên hệ với Ông/Bà.
5. Chọn cách nhận kết quả.
6. Đặt từng giấy tờ dưới camera, mỗi lần một trang.
7. Kiểm tra lại và chạm &apos;Nộp hồ sơ của tôi&apos;. Ông/Bà sẽ nhận phiếu xác nhận nộp hồ sơ in sẵn.

&apos;Quay lại&apos; và &apos;Bước trước&apos; đều lùi một bước và giữ lại thông tin đã nhập. &apos;Trang chủ&apos; xoá toàn bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="465"/>
        <source>Before you start</source>
        <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="500"/>
        <source>What you need</source>
        <translation>Giấy tờ cần có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="501"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="502"/>
        <source>How long it takes</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="503"/>
        <source>Your personal data</source>
        <translation>Dữ liệu cá nhân của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="504"/>
        <location filename="../../ui/screens/submit.py" line="620"/>
        <source>Get a ticket for the counter</source>
        <translation>Lấy số thứ tự đến quầy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="506"/>
        <source>Are you sure you do not agree? Without your consent this kiosk cannot take your dossier, and everything about this dossier is deleted from the kiosk. You can hand in your papers at the reception counter instead.</source>
        <translation>Ông/Bà chắc chắn không đồng ý? Nếu không có sự đồng ý của Ông/Bà, máy không thể nhận hồ sơ và mọi thông tin về hồ sơ này sẽ được xoá khỏi máy. Ông/Bà có thể nộp giấy tờ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="509"/>
        <source>Yes, I do not agree</source>
        <translation>Có, tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="510"/>
        <source>No, go back</source>
        <translation>Không, quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="514"/>
        <source>I agree and start</source>
        <translation>Tôi đồng ý và bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="582"/>
        <source>You did not agree, so nothing was submitted and everything you entered has been deleted. The staff at the reception counter can receive your papers in person: take a ticket for the counter and wait until your number is called.</source>
        <translation>Ông/Bà không đồng ý nên chưa có hồ sơ nào được nộp và mọi thông tin đã nhập đã được xoá. Cán bộ tại quầy tiếp nhận có thể nhận giấy tờ trực tiếp: xin Ông/Bà lấy số thứ tự và chờ đến lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="603"/>
        <source>Save and return to the review</source>
        <translation>Lưu và quay lại trang kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="695"/>
        <source>No fee.</source>
        <translation>Không mất phí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="698"/>
        <source>Pay before you submit, and scan the fee receipt with your documents.</source>
        <translation>Nộp phí trước khi nộp hồ sơ và quét chứng từ nộp phí cùng các giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="707"/>
        <source>About 10 minutes at this kiosk.</source>
        <translation>Khoảng 10 phút tại máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="708"/>
        <source>Legal processing time:</source>
        <translation>Thời hạn giải quyết theo quy định:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="712"/>
        <source>This kiosk can take your dossier now.</source>
        <translation>Máy này đang nhận hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="715"/>
        <source>This kiosk cannot take dossiers right now. Please take a ticket for the reception counter: the staff will receive your papers.</source>
        <translation>Máy này hiện chưa nhận được hồ sơ. Xin Ông/Bà lấy số thứ tự đến quầy tiếp nhận: cán bộ sẽ nhận giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="718"/>
        <source>The camera of this kiosk is not working, so documents cannot be scanned. Please take a ticket for the reception counter: the staff will receive your papers.</source>
        <translation>Camera của kiosk đang không hoạt động nên không quét được giấy tờ. Xin Ông/Bà lấy số thứ tự đến quầy tiếp nhận: cán bộ sẽ nhận giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="721"/>
        <source>The connection to the ministry is slow right now: your dossier is kept safely here and sent automatically. You get a provisional reference.</source>
        <translation>Kết nối đến Bộ đang chậm: hồ sơ được lưu an toàn tại kiosk và tự động gửi đi. Ông/Bà sẽ nhận mã tiếp nhận tạm thời.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="724"/>
        <source>The printer is not working: your receipt is shown on the screen for you to photograph.</source>
        <translation>Máy in đang không hoạt động: phiếu xác nhận được hiển thị trên màn hình để Ông/Bà chụp lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="774"/>
        <source>needed in your case</source>
        <translation>cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="701"/>
        <source>You pay after submitting: your receipt has the payment code (VietQR).</source>
        <translation>Ông/Bà nộp phí sau khi nộp hồ sơ: phiếu xác nhận có mã thanh toán (VietQR).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="703"/>
        <source>Fees per item (e.g. per class) are as the procedure states them.</source>
        <translation>Khoản phí tính theo từng mục (ví dụ theo mỗi nhóm) theo quy định của thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="824"/>
        <source>Page %1 – touch to see it large</source>
        <translation>Trang %1 – chạm để xem ảnh lớn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="845"/>
        <source>page %1 of %2</source>
        <translation>trang %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="847"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SupplementScreen</name>
    <message>
        <location filename="../../ui/screens/supplement.py" line="83"/>
        <source>Add missing documents</source>
        <translation>Bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="87"/>
        <source>The centre asked for more documents for your dossier; they are listed at the top.

Choose a document on the left, then lay its pages under the camera one at a time. When every document is scanned, touch &apos;Send the documents&apos;. You receive a printed receipt.</source>
        <translation>Bộ phận Một cửa yêu cầu bổ sung giấy tờ cho hồ sơ của Ông/Bà; danh sách ở phía trên.

Chọn một giấy tờ ở bên trái, rồi đặt từng trang dưới camera. Khi đã quét đủ, chạm &apos;Gửi giấy tờ&apos;. Ông/Bà sẽ nhận giấy tiếp nhận in sẵn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="92"/>
        <source>Send the documents</source>
        <translation>Gửi giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="131"/>
        <source>No additional documents are requested for this dossier.</source>
        <translation>Hồ sơ này không có yêu cầu bổ sung giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="138"/>
        <source>The centre asks for:</source>
        <translation>Bộ phận Một cửa yêu cầu bổ sung:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="141"/>
        <source>Please send them by %1.</source>
        <translation>Vui lòng bổ sung trước ngày %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="163"/>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="183"/>
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="203"/>
        <source>Sending your documents… please wait.</source>
        <translation>Đang gửi giấy tờ… vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="798"/>
        <source>Restart the kiosk application?</source>
        <translation>Khởi động lại ứng dụng kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="798"/>
        <source>A visitor&apos;s unsaved work would be lost.</source>
        <translation>Dữ liệu chưa lưu của người dùng sẽ bị mất.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="801"/>
        <source>Exit to the desktop?</source>
        <translation>Thoát ra màn hình nền?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="801"/>
        <source>The kiosk stops serving visitors until it is started again.</source>
        <translation>Kiosk sẽ ngừng phục vụ cho đến khi được khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="815"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="818"/>
        <source>Export a diagnostics bundle (logs, profile without secrets, device health, versions) to:</source>
        <translation>Xuất gói chẩn đoán (nhật ký, cấu hình không kèm thông tin bí mật, tình trạng thiết bị, phiên bản) vào:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="820"/>
        <source>Restart the application</source>
        <translation>Khởi động lại ứng dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="821"/>
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="843"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="847"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="850"/>
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../ui/screens/ticket.py" line="61"/>
        <source>Your ticket</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="69"/>
        <source>Take your ticket from the printer below the screen. Please wait in the seating area until your number is shown on the screen above the counters, then go to that counter.

Touch &quot;Done&quot; when you have your ticket.</source>
        <translation>Lấy phiếu ở khe máy in phía dưới màn hình. Vui lòng ngồi chờ đến khi số của Ông/Bà hiện trên màn hình phía trên các quầy, rồi đến quầy đó.

Chạm &quot;Kết thúc&quot; khi Ông/Bà đã lấy phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="75"/>
        <source>Your number</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="76"/>
        <source>Done</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="130"/>
        <source>No ticket yet. Please go back and choose an area.</source>
        <translation>Chưa có số thứ tự. Vui lòng quay lại và chọn lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="136"/>
        <source>People ahead of you: %1</source>
        <translation>Số người đang chờ trước Ông/Bà: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="144"/>
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="146"/>
        <source>Please take your ticket from the printer below the screen.</source>
        <translation>Vui lòng lấy phiếu ở khe máy in phía dưới màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="149"/>
        <source>Your ticket could not be printed.</source>
        <translation>Không in được phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="150"/>
        <source>Please remember your number %1, or photograph this code, and tell the staff.</source>
        <translation>Vui lòng ghi nhớ số %1 của Ông/Bà, hoặc chụp lại mã này, và báo cho cán bộ.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="135"/>
        <location filename="../../ui/widgets/top_bar.py" line="145"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="136"/>
        <location filename="../../ui/widgets/top_bar.py" line="146"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="139"/>
        <source>Change language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="140"/>
        <location filename="../../ui/widgets/top_bar.py" line="141"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="142"/>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="143"/>
        <source>Text size, colours and speech</source>
        <translation>Cỡ chữ, màu sắc và giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="144"/>
        <location filename="../../ui/widgets/top_bar.py" line="147"/>
        <source>Help</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>TrackScreen</name>
    <message>
        <location filename="../../ui/screens/track.py" line="93"/>
        <source>Track a dossier</source>
        <translation>Xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="97"/>
        <source>The fastest way: hold the QR code printed on your receipt in front of the scanner.

Or type the dossier code from your receipt (for example 000.00.00.G06-261128-0001, or a reference starting with TAM- if you received a provisional receipt), then the last 4 digits of the phone number you gave when you submitted, and touch &quot;Show my dossier&quot;.</source>
        <translation>Cách nhanh nhất: đưa mã QR in trên phiếu xác nhận vào trước đầu đọc mã.

Hoặc nhập mã hồ sơ trên phiếu xác nhận (ví dụ 000.00.00.G06-261128-0001, hoặc mã bắt đầu bằng TAM- nếu Ông/Bà nhận giấy tiếp nhận tạm thời), rồi nhập 4 số cuối của số điện thoại Ông/Bà đã khai khi nộp, và chạm &quot;Xem hồ sơ của tôi&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="104"/>
        <source>Where is my dossier?</source>
        <translation>Hồ sơ của tôi đang ở đâu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="106"/>
        <source>Hold the QR code on your receipt in front of the scanner, or type the code and the last 4 digits of your phone number.</source>
        <translation>Đưa mã QR trên phiếu xác nhận vào trước đầu đọc mã, hoặc nhập mã hồ sơ và 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="108"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="110"/>
        <source>e.g. 000.00.00.G06-261128-0001</source>
        <translation>ví dụ: 000.00.00.G06-261128-0001</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="111"/>
        <source>Last 4 digits of your phone</source>
        <translation>4 số cuối số điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="113"/>
        <source>Show my dossier</source>
        <translation>Xem hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="172"/>
        <source>This code is not a dossier receipt. Please show the QR code printed on your receipt.</source>
        <translation>Mã này không phải phiếu xác nhận nộp hồ sơ. Vui lòng đưa mã QR in trên phiếu xác nhận của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="181"/>
        <source>Code read. Now type the last 4 digits of your phone number.</source>
        <translation>Đã đọc mã. Bây giờ hãy nhập 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="189"/>
        <source>Please type the dossier code from your receipt.</source>
        <translation>Vui lòng nhập mã hồ sơ ghi trên phiếu xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="192"/>
        <source>Please type exactly 4 digits.</source>
        <translation>Vui lòng nhập đúng 4 chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="206"/>
        <source>Looking up your dossier…</source>
        <translation>Đang tìm hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="247"/>
        <source>We could not find a dossier with this code and these phone digits. Please check both against your receipt and try again.</source>
        <translation>Không tìm thấy hồ sơ với mã và 4 số điện thoại này. Vui lòng đối chiếu lại với phiếu xác nhận và thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="250"/>
        <source>This receipt&apos;s code could not be found. Please type the code and the last 4 digits of your phone number instead, or ask the staff.</source>
        <translation>Không tìm thấy mã trên phiếu xác nhận này. Vui lòng nhập mã hồ sơ và 4 số cuối số điện thoại, hoặc hỏi cán bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="254"/>
        <source>Too many attempts. For your security, please wait a few minutes before trying again, or ask the staff at the counter.</source>
        <translation>Ông/Bà đã thử quá nhiều lần. Để bảo vệ thông tin của Ông/Bà, vui lòng chờ vài phút rồi thử lại, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="286"/>
        <source>The ministry&apos;s system cannot be reached right now, so dossiers cannot be looked up. Please try again later, or ask the staff at the counter.</source>
        <translation>Hiện không kết nối được hệ thống của Bộ nên chưa xem được tình trạng hồ sơ. Vui lòng thử lại sau, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="270"/>
        <source>Your dossier %1 has been kept safely at this kiosk since %2 and has not been sent yet. The kiosk sends it as soon as the ministry&apos;s system can be reached; the dossier code will follow. Please look it up again later with the same reference.</source>
        <translation>Hồ sơ %1 của Ông/Bà được lưu an toàn tại kiosk này từ %2 và chưa được gửi lên Bộ. Kiosk sẽ tự gửi ngay khi kết nối được hệ thống của Bộ; mã hồ sơ sẽ có sau. Vui lòng xem lại sau bằng chính mã tiếp nhận tạm thời này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="275"/>
        <source>Your dossier %1 has been sent to the ministry. Its dossier code is %2. Its progress cannot be looked up right now; please try again later with this code.</source>
        <translation>Hồ sơ %1 của Ông/Bà đã được gửi lên Bộ. Mã hồ sơ là %2. Hiện chưa xem được tình trạng hồ sơ; vui lòng thử lại sau bằng mã hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="279"/>
        <source>Your dossier %1 could not be sent to the ministry&apos;s system. Please show this reference to the staff at the counter; they will help you.</source>
        <translation>Hồ sơ %1 của Ông/Bà chưa gửi được lên hệ thống của Bộ. Vui lòng đưa mã này cho cán bộ tại quầy tiếp nhận để được giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="281"/>
        <source>This kiosk has no record of the reference %1, and the ministry&apos;s system cannot be reached to look it up. Please check the reference on your receipt and try again later, or ask the staff at the counter.</source>
        <translation>Kiosk này không có hồ sơ nào mang mã %1, và hiện không kết nối được hệ thống của Bộ để tìm. Vui lòng kiểm tra lại mã trên phiếu xác nhận và thử lại sau, hoặc hỏi cán bộ tại quầy tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="37"/>
        <source>Ministry of Science and Technology – One-stop service</source>
        <translation>Bộ Khoa học và Công nghệ – Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="41"/>
        <source>Touch one of the four large buttons to begin.

• Look up procedures: find an administrative procedure and see which documents it needs.
• Submit a dossier: scan your papers and send them to the ministry.
• Track a dossier: see where your dossier is, using the code on your receipt.
• Get assistance: take a numbered ticket for the counter.

You can change the language and make the text larger with the buttons at the top.</source>
        <translation>Chạm vào một trong bốn nút lớn để bắt đầu.

• Tìm thủ tục, giấy tờ cần nộp: tìm thủ tục hành chính và xem cần những giấy tờ gì.
• Nộp hồ sơ: quét giấy tờ và gửi hồ sơ đến Bộ.
• Xem tình trạng hồ sơ đã nộp: xem hồ sơ của Ông/Bà đang ở đâu, bằng mã trên giấy tiếp nhận.
• Nhờ hỗ trợ: lấy số thứ tự để được cán bộ tại quầy giúp.

Ông/Bà có thể đổi ngôn ngữ và phóng to chữ bằng các nút ở phía trên.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="50"/>
        <source>Welcome to the one-stop reception of the Ministry of Science and Technology</source>
        <translation>Chào mừng Ông/Bà đến Bộ phận Một cửa – Bộ Khoa học và Công nghệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="51"/>
        <source>What would you like to do today?</source>
        <translation>Ông/Bà muốn làm gì hôm nay?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53"/>
        <source>Look up procedures</source>
        <translation>Tìm thủ tục, giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53"/>
        <source>Documents, fees and processing time</source>
        <translation>Lệ phí và thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="54"/>
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="54"/>
        <source>Scan your papers and send them online</source>
        <translation>Quét giấy tờ và nộp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="55"/>
        <source>Track a dossier</source>
        <translation>Xem tình trạng hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="55"/>
        <source>With the code on your receipt</source>
        <translation>Bằng mã trên giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="56"/>
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="56"/>
        <source>A ticket for the counter staff</source>
        <translation>Lấy số thứ tự để cán bộ hỗ trợ</translation>
    </message>
</context>
</TS>
