<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Place your chip ID card flat on the reader, photo side up.</source>
        <translation>Vui lòng đặt thẻ căn cước gắn chip nằm phẳng trên đầu đọc, mặt có ảnh hướng lên trên.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Reading your card… Please keep it still on the reader.</source>
        <translation>Đang đọc thẻ… Vui lòng giữ yên thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Your card was read.</source>
        <translation>Đã đọc xong thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Your details were read from the chip of your ID card and confirmed. Please check them below.</source>
        <translation>Thông tin của Ông/Bà đã được đọc từ chip của thẻ căn cước và đã được xác thực. Vui lòng kiểm tra lại bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Your details were read from the chip of your ID card, but this kiosk could not confirm the card's issuer. Please check them below; the staff will check your card when you hand in the documents.</source>
        <translation>Thông tin của Ông/Bà đã được đọc từ chip của thẻ căn cước, nhưng kiosk này chưa xác thực được cơ quan cấp thẻ. Vui lòng kiểm tra lại bên dưới; cán bộ sẽ kiểm tra thẻ khi Ông/Bà nộp giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Your card could not be read.</source>
        <translation>Chưa đọc được thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Type the last 6 digits of your ID number (on the front of the card), then touch “Read my card”.</source>
        <translation>Vui lòng nhập 6 số cuối của số định danh cá nhân (ở mặt trước thẻ), rồi chạm “Đọc thẻ của tôi”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_panel.py" line="1" />
        <source>Read my card</source>
        <translation>Đọc thẻ của tôi</translation>
    </message>
</context>
<context>
    <name>AssistanceScreen</name>
    <message>
        <location filename="../../ui/screens/assistance.py" line="59" />
        <source>Get assistance</source>
        <translation>Nhờ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="63" />
        <source>Touch the kind of help you need. The kiosk prints a numbered ticket; wait until your number is called and go to the counter shown on the screen above the counters.

Not sure? Touch "General information and guidance".</source>
        <translation>Chạm vào nội dung Ông/Bà cần hỗ trợ. Kiosk sẽ in phiếu số thứ tự; hãy chờ đến khi số của Ông/Bà được gọi và đến quầy hiển thị trên màn hình phía trên các quầy.

Chưa rõ nên chọn gì? Chạm vào "Thông tin chung và hướng dẫn".</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="69" />
        <source>What do you need help with?</source>
        <translation>Ông/Bà cần hỗ trợ về việc gì?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="70" />
        <source>Touch one area. You will get a numbered ticket for the counter.</source>
        <translation>Chạm vào một lĩnh vực. Ông/Bà sẽ nhận phiếu số thứ tự để đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="89" />
        <source>Getting your ticket…</source>
        <translation>Đang lấy số thứ tự…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="112" />
        <source>Tickets cannot be issued right now. Please go to the reception counter; the staff will help you in turn.</source>
        <translation>Hiện chưa thể cấp số thứ tự. Ông/Bà vui lòng đến quầy tiếp nhận, cán bộ sẽ hỗ trợ Ông/Bà theo lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="80" />
        <source>Show my ticket</source>
        <translation>Xem lại phiếu của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/assistance.py" line="138" />
        <source>You already have ticket %1. Please wait until your number is called.</source>
        <translation>Ông/Bà đã có phiếu số %1. Xin vui lòng chờ đến khi số của Ông/Bà được gọi.</translation>
    </message>
</context>
<context>
    <name>BackendPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="549" />
        <source>The embedded backend is starting…</source>
        <translation>Máy chủ tích hợp đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="551" />
        <source>The embedded backend did not start: %1. The kiosk works offline: submissions wait in the outbox.</source>
        <translation>Máy chủ tích hợp không khởi động được: %1. Kiosk đang hoạt động khi mất kết nối: hồ sơ nộp được giữ trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="468" />
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="471" />
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="480" />
        <source>System: %1</source>
        <translation>Hệ thống: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="482" />
        <source>The connected system takes no heartbeat.</source>
        <translation>Hệ thống đang kết nối không nhận tín hiệu định kỳ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="484" />
        <source>Last heartbeat accepted at %1</source>
        <translation>Tín hiệu định kỳ gần nhất được nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="487" />
        <source>Last heartbeat failed: %1</source>
        <translation>Tín hiệu định kỳ gần nhất thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="489" />
        <source>No heartbeat sent yet.</source>
        <translation>Chưa gửi tín hiệu định kỳ nào.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="499" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="503" />
        <source>Reachable – %1 ms</source>
        <translation>Kết nối được – %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="507" />
        <source>Not reachable: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="222" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="225" />
        <source>Test capture</source>
        <translation>Chụp thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="270" />
        <source>Capturing…</source>
        <translation>Đang chụp…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="274" />
        <source>Test capture OK: %1 × %2 pixels</source>
        <translation>Chụp thử thành công: %1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="279" />
        <source>Test capture failed: %1</source>
        <translation>Chụp thử thất bại: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="27" />
        <source>original</source>
        <translation>bản chính</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="28" />
        <source>certified copy</source>
        <translation>bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="29" />
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="35" />
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="36" />
        <source>only if it applies to you</source>
        <translation>chỉ khi áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="37" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="68" />
        <source>DOCUMENT CHECKLIST</source>
        <translation>DANH MỤC GIẤY TỜ CẦN CHUẨN BỊ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="71" />
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="79" />
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="81" />
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="87" />
        <source>applies to you</source>
        <translation>có áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="88" />
        <source>does not apply to you</source>
        <translation>không áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="89" />
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="90" />
        <source>When</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="94" />
        <source>Still to prepare</source>
        <translation>Cần chuẩn bị thêm</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="99" />
        <source>You have every document this procedure needs.</source>
        <translation>Ông/Bà đã có đủ giấy tờ thủ tục này yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/checklist_print.py" line="102" />
        <source>Scan to read this procedure on your phone</source>
        <translation>Quét mã để xem thủ tục này trên điện thoại</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../ui/screens/checklist.py" line="76" />
        <source>Check my documents</source>
        <translation>Kiểm tra giấy tờ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="80" />
        <source>Touch each document you have with you; touch it again to untick it.

Some documents are needed only in certain cases: answer Yes or No to their question.

The yellow box tells you what is still missing. "Print this checklist" prints the list so you can prepare the rest at home.</source>
        <translation>Chạm vào từng giấy tờ Ông/Bà đang mang theo; chạm lại lần nữa để bỏ đánh dấu.

Một số giấy tờ chỉ cần trong một số trường hợp: hãy trả lời Có hoặc Không cho câu hỏi của giấy tờ đó.

Ô màu vàng cho biết Ông/Bà còn thiếu gì. "In danh mục này" sẽ in danh sách để Ông/Bà chuẩn bị phần còn lại ở nhà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="87" />
        <source>Touch each document you have with you. The kiosk tells you what is still missing.</source>
        <translation>Chạm vào từng giấy tờ Ông/Bà đang mang theo. Kiosk sẽ cho biết Ông/Bà còn thiếu gì.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="88" />
        <source>Print this checklist</source>
        <translation>In danh mục này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="89" />
        <source>Continue to submit</source>
        <translation>Tiếp tục nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="132" />
        <source>No procedure chosen</source>
        <translation>Chưa chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="133" />
        <source>Please go back and choose a procedure first.</source>
        <translation>Vui lòng quay lại và chọn thủ tục trước.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="150" />
        <source>not needed in your case</source>
        <translation>không cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="150" />
        <source>answer the question first</source>
        <translation>hãy trả lời câu hỏi trước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="152" />
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="152" />
        <source>needed in your case</source>
        <translation>cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="153" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="157" />
        <source>I have it</source>
        <translation>đã có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="173" />
        <source>… and %1 more (see the list above)</source>
        <translation>… và %1 giấy tờ khác (xem danh sách phía trên)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="174" />
        <source>Still missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="176" />
        <source>Please answer the questions above so the kiosk can tell you what you need.</source>
        <translation>Vui lòng trả lời các câu hỏi phía trên để kiosk cho biết Ông/Bà cần những gì.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="178" />
        <source>You have every document this procedure needs.</source>
        <translation>Ông/Bà đã có đủ giấy tờ thủ tục này yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="197" />
        <source>Does this apply to you? %1</source>
        <translation>Trường hợp này có áp dụng với Ông/Bà không? %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="198" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="200" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="239" />
        <source>Printing your checklist…</source>
        <translation>Đang in danh mục…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="245" />
        <source>Your checklist has been printed. Please take it from the printer.</source>
        <translation>Danh mục đã được in. Vui lòng lấy phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="252" />
        <source>The checklist could not be printed.</source>
        <translation>Không in được danh mục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checklist.py" line="253" />
        <source>You can photograph this code with your phone to read the procedure at home.</source>
        <translation>Ông/Bà có thể chụp mã này bằng điện thoại để xem thủ tục khi về nhà.</translation>
    </message>
</context>
<context>
    <name>ConnectingLine</name>
    <message>
        <location filename="../../ui/widgets/connecting.py" line="79" />
        <source>Connecting to the system… This takes a few seconds, please wait.</source>
        <translation>Đang kết nối với hệ thống… Việc này mất vài giây, Ông/Bà vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="591" />
        <source>Counters</source>
        <translation>Bộ đếm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="594" />
        <source>Sessions</source>
        <translation>Lượt sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="594" />
        <source>Submissions</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="595" />
        <source>Pages scanned</source>
        <translation>Trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="595" />
        <source>Receipts printed</source>
        <translation>Giấy tiếp nhận đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="596" />
        <source>Tickets printed</source>
        <translation>Phiếu số thứ tự đã in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="597" />
        <source>Paper used since the roll was changed (mm)</source>
        <translation>Giấy đã dùng từ lần thay cuộn (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="603" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="614" />
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="120" />
        <source>1 working day</source>
        <translation>1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="121" />
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="1" />
        <source>%1 days (calendar days)</source>
        <translation>%1 ngày (tính cả ngày nghỉ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="1" />
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="1" />
        <source>1 month</source>
        <translation>1 tháng</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/processing_time.py" line="1" />
        <source>Time and fee to be confirmed at the counter</source>
        <translation>Thời hạn và phí cần xác nhận tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="126" />
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="127" />
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="132" />
        <source>1 procedure</source>
        <translation>1 thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="133" />
        <source>%1 procedures</source>
        <translation>%1 thủ tục</translation>
    </message>
</context>
<context>
    <name>DeviceStates</name>
    <message>
        <location filename="../../ui/device_states.py" line="1" />
        <source>ID card reader</source>
        <translation>đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="17" />
        <source>out of paper</source>
        <translation>hết giấy</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="18" />
        <source>paper jammed</source>
        <translation>kẹt giấy</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="19" />
        <source>cover open</source>
        <translation>nắp đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="20" />
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="21" />
        <source>not answering</source>
        <translation>không phản hồi</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="22" />
        <source>hardware fault</source>
        <translation>lỗi phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="26" />
        <source>receipt printer</source>
        <translation>máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="27" />
        <source>document camera</source>
        <translation>camera chụp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="28" />
        <source>QR code reader</source>
        <translation>đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/device_states.py" line="7" />
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="1" />
        <source>ID card reader</source>
        <translation>Đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="177" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="183" />
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="183" />
        <source>QR code reader</source>
        <translation>Đầu đọc mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="184" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="191" />
        <source>not configured</source>
        <translation>chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="194" />
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="194" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="211" />
        <source>Display and speech</source>
        <translation>Hiển thị và giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="212" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="215" />
        <source>Text size %1 percent</source>
        <translation>Cỡ chữ %1 phần trăm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="216" />
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="217" />
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="218" />
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="219" />
        <source>Speech</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="220" />
        <source>Speak screens</source>
        <translation>Đọc màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="221" />
        <source>Silent</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="222" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="82" />
        <source>Please enter your full name.</source>
        <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="85" />
        <source>Please enter your ID number (12 digits).</source>
        <translation>Vui lòng nhập số căn cước (12 chữ số).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="87" />
        <source>An ID number has 12 digits (or 9 for an old card).</source>
        <translation>Số căn cước gồm 12 chữ số (hoặc 9 chữ số với chứng minh nhân dân cũ).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="92" />
        <source>Write the date as day/month/year, for example 05/09/1980.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1980.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="94" />
        <source>This date of birth is not possible.</source>
        <translation>Ngày sinh này không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="96" />
        <source>Please enter your address.</source>
        <translation>Vui lòng nhập địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="99" />
        <source>Please enter the name of the business or organisation.</source>
        <translation>Vui lòng nhập tên doanh nghiệp, tổ chức.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="102" />
        <source>A tax code has 10 digits (or 13 with a branch number).</source>
        <translation>Mã số thuế gồm 10 chữ số (hoặc 13 chữ số với mã chi nhánh).</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="111" />
        <source>Please enter your phone number.</source>
        <translation>Vui lòng nhập số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="113" />
        <source>A phone number has 10 digits, for example 0912345678.</source>
        <translation>Số điện thoại gồm 10 chữ số, ví dụ 0912345678.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="116" />
        <source>This e-mail address is not complete, for example ten@gmail.com.</source>
        <translation>Địa chỉ thư điện tử chưa đầy đủ, ví dụ ten@gmail.com.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/dossier_form.py" line="123" />
        <source>Please enter the address the result should be posted to.</source>
        <translation>Vui lòng nhập địa chỉ nhận kết quả qua bưu điện.</translation>
    </message>
</context>
<context>
    <name>DossierScreen</name>
    <message>
        <location filename="../../ui/screens/dossier.py" line="83" />
        <source>Your dossier</source>
        <translation>Hồ sơ của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="95" />
        <source>Steps</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="96" />
        <source>Send the missing documents now</source>
        <translation>Gửi giấy tờ bổ sung ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="112" />
        <source>No dossier to show</source>
        <translation>Chưa có hồ sơ để hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="121" />
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="123" />
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="127" />
        <source>⚠ This dossier is late: the result was due on %1. Please ask the staff at the counter about the new date.</source>
        <translation>⚠ Hồ sơ đã quá hạn: hẹn trả kết quả ngày %1. Vui lòng hỏi cán bộ tại quầy về ngày hẹn mới.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="136" />
        <source>Processing has ended.</source>
        <translation>Hồ sơ đã kết thúc xử lý.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="138" />
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="141" />
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="142" />
        <source>by post</source>
        <translation>qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="145" />
        <source>Finished on %1. The result has been returned.</source>
        <translation>Đã xử lý xong ngày %1. Kết quả đã được trả.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="146" />
        <source>Finished on %1. Your result is ready %2.</source>
        <translation>Đã xử lý xong ngày %1. Kết quả đã sẵn sàng để trả %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="150" />
        <source>Result due on %1</source>
        <translation>Hẹn trả kết quả ngày %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="151" />
        <source>Used %1/%2 working days, result due on %3</source>
        <translation>Đã dùng %1/%2 ngày làm việc, hẹn trả %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="1" />
        <source>Processing time %1, result due on %2</source>
        <translation>Thời hạn giải quyết %1, hẹn trả %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="160" />
        <source>The ministry needs more documents from you:</source>
        <translation>Bộ đề nghị Ông/Bà bổ sung giấy tờ sau:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="164" />
        <source>Please hand them in by %1. The processing time is paused until then.</source>
        <translation>Vui lòng nộp bổ sung trước ngày %1. Thời hạn giải quyết tạm dừng trong thời gian chờ bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="176" />
        <source>A fee of %1 is due before your dossier can continue.</source>
        <translation>Ông/Bà cần nộp phí, lệ phí %1 để hồ sơ được tiếp tục xử lý.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="177" />
        <source>Scan the code with your banking app to pay by transfer (VietQR).</source>
        <translation>Quét mã bằng ứng dụng ngân hàng để chuyển khoản (VietQR).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="179" />
        <source>Transfer description: %1</source>
        <translation>Nội dung chuyển khoản: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="187" />
        <source>Received on %1</source>
        <translation>Tiếp nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="198" />
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="200" />
        <source>In progress since %1</source>
        <translation>Đang xử lý từ %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="202" />
        <source>Due by %1</source>
        <translation>Hạn xử lý: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="204" />
        <source>finished late</source>
        <translation>hoàn thành trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="204" />
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="94" />
        <source>This page shows where your dossier is: its status, how many working days have been used, the date your result is due, and each step with the unit handling it.

If the ministry asks for more documents, the yellow box says which ones and until when; touch "Send the missing documents now" to scan them here.

If a fee is due, scan the payment code with your banking app.

Touch "Done" when you have finished: what you typed on this kiosk is deleted; your dossier is not affected.</source>
        <translation>Trang này cho biết hồ sơ của Ông/Bà đang ở đâu: trạng thái, số ngày làm việc đã dùng, ngày hẹn trả kết quả và từng bước cùng đơn vị đang xử lý.

Nếu Bộ yêu cầu bổ sung giấy tờ, ô màu vàng cho biết cần giấy tờ gì và hạn đến khi nào; chạm "Gửi giấy tờ bổ sung ngay" để quét và gửi tại đây.

Nếu phải nộp phí, hãy quét mã thanh toán bằng ứng dụng ngân hàng.

Chạm "Xong" khi đã xem xong: thông tin Ông/Bà vừa nhập trên máy sẽ được xoá; hồ sơ đã nộp không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="104" />
        <source>The information you just entered on this kiosk will be deleted. Your submitted dossier is not affected.</source>
        <translation>Thông tin Ông/Bà vừa nhập trên máy sẽ được xoá; hồ sơ đã nộp không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="110" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="121" />
        <source>Papers issued</source>
        <translation>Các phiếu đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="200" />
        <source>Printing your receipt and appointment slip (form 01)…</source>
        <translation>Đang in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="202" />
        <source>Your dossier has been accepted. Please take your receipt and appointment slip (form 01) from the printer below the screen.</source>
        <translation>Hồ sơ của Ông/Bà đã được tiếp nhận. Vui lòng lấy Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) ở khe máy in phía dưới màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="206" />
        <source>Your dossier has been accepted; ask the staff at the counter for your receipt and appointment slip (form 01).</source>
        <translation>Hồ sơ của Ông/Bà đã được tiếp nhận. Vui lòng liên hệ cán bộ tại quầy tiếp nhận để nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dossier.py" line="195" />
        <source>no. %1 of %2</source>
        <translation>số %1, ngày %2</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="79" />
        <source>Go to the field</source>
        <translation>Đi tới ô cần sửa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="84" />
        <source>There is a problem: %1 to correct</source>
        <translation>Có %1 lỗi cần sửa</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="1" />
        <source>ID card reader</source>
        <translation>Đầu đọc thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="87" />
        <source>QA faults</source>
        <translation>Lỗi giả lập (QA)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_faults.py" line="90" />
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
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
    <name>Fields</name>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="23" />
        <source>Science and technology</source>
        <translation>Khoa học và công nghệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="24" />
        <source>Intellectual property</source>
        <translation>Sở hữu trí tuệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="25" />
        <source>Standards, metrology and quality</source>
        <translation>Tiêu chuẩn, đo lường, chất lượng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="26" />
        <source>Radiation and nuclear safety</source>
        <translation>An toàn bức xạ và hạt nhân</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="27" />
        <source>Telecommunications</source>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="28" />
        <source>Radio frequencies</source>
        <translation>Tần số vô tuyến điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="29" />
        <source>Postal services</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="33" />
        <source>General information and guidance</source>
        <translation>Thông tin chung và hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/browse_support.py" line="34" />
        <source>Collect a result</source>
        <translation>Nhận kết quả</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="164" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="89" />
        <source>Are you still there?</source>
        <translation>Ông/Bà còn ở đây không?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="91" />
        <source>For your privacy, everything you entered and scanned will be deleted when the countdown ends.</source>
        <translation>Để bảo vệ thông tin cá nhân, mọi thông tin Ông/Bà đã nhập và mọi trang đã quét sẽ bị xoá khi hết thời gian đếm ngược.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="93" />
        <source>I need more time</source>
        <translation>Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/overlay.py" line="94" />
        <source>End now and delete my information</source>
        <translation>Kết thúc ngay và xoá thông tin của tôi</translation>
    </message>
</context>
<context>
    <name>KeypadNavigator</name>
    <message>
        <location filename="../../ui/keypad.py" line="332" />
        <source>Keys: Tab, the arrow keys or keypad plus move between the controls; Enter chooses; Backspace or keypad minus goes back; F1 or keypad slash shows help; F2 or keypad star reads the screen aloud.</source>
        <translation>Phím: Tab, các phím mũi tên hoặc phím cộng trên bàn phím số để chuyển giữa các nút; Enter để chọn; Backspace hoặc phím trừ trên bàn phím số để quay lại; F1 hoặc phím chia trên bàn phím số để xem hướng dẫn; F2 hoặc phím nhân trên bàn phím số để đọc to màn hình.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="643" />
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="646" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="655" />
        <source>The log is empty.</source>
        <translation>Nhật ký trống.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../ui/screens/lookup.py" line="72" />
        <source>Look up procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="76" />
        <source>Type a few words of the procedure's name with the keyboard below, for example "dang ky nhan hieu". You do not need to type the accents, and small typing mistakes are fine.

Or touch a field to see all of its procedures.

Touch a procedure to see its documents, fee and processing time.</source>
        <translation>Nhập vài từ trong tên thủ tục bằng bàn phím bên dưới, ví dụ "dang ky nhan hieu". Ông/Bà không cần nhập dấu, nhập sai một chút cũng không sao.

Hoặc chạm vào một lĩnh vực để xem tất cả thủ tục của lĩnh vực đó.

Chạm vào một thủ tục để xem giấy tờ, phí và thời hạn giải quyết.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="83" />
        <source>Which procedure are you looking for?</source>
        <translation>Ông/Bà đang tìm thủ tục nào?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="84" />
        <source>Type a few words, e.g. dang ky nhan hieu</source>
        <translation>Nhập vài từ, ví dụ: dang ky nhan hieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="85" />
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="87" />
        <source>The ministry's system cannot be reached right now. You can still look up procedures saved on this kiosk.</source>
        <translation>Hiện không kết nối được hệ thống của Bộ. Ông/Bà vẫn có thể tìm các thủ tục đã lưu trên kiosk này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="89" />
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="95" />
        <source>Ask the staff: take a ticket for the counter</source>
        <translation>Nhờ cán bộ hỗ trợ – lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="134" />
        <source>Procedures matching "%1" – touch one to open it</source>
        <translation>Thủ tục phù hợp với "%1" – chạm để xem</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="137" />
        <source>No procedure matches "%1". Check the words, try fewer words, or clear the box to browse by field. The staff at the counter can also help you.</source>
        <translation>Không tìm thấy thủ tục phù hợp với "%1". Ông/Bà hãy kiểm tra lại, nhập ít từ hơn, hoặc xoá ô tìm kiếm để xem theo lĩnh vực. Cán bộ tại quầy cũng có thể hỗ trợ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="150" />
        <source>Or choose a field</source>
        <translation>Hoặc chọn lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lookup.py" line="158" />
        <source>no fee</source>
        <translation>không mất phí</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Start again?</source>
        <translation>Bắt đầu lại?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>What you have entered and scanned will be deleted.</source>
        <translation>Những gì Ông/Bà đã nhập và quét sẽ bị xoá.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>Yes, start again</source>
        <translation>Có, bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>No, continue</source>
        <translation>Không, tiếp tục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="243" />
        <source>Too many wrong PINs. Entry is locked for %n minute(s).</source>
        <translation><numerusform>Nhập sai mã PIN quá nhiều lần. Chức năng bảo trì bị khoá trong %n phút.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
        <source>No maintenance PIN is set on this kiosk.</source>
        <translation>Kiosk này chưa được đặt mã PIN bảo trì.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="257" />
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation><numerusform>Sai mã PIN. Còn %n lần thử.</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="90" />
        <source>Not available: this kiosk runs without devices or backend here.</source>
        <translation>Không khả dụng: kiosk này đang chạy không có thiết bị hoặc máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="114" />
        <source>working</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="115" />
        <source>busy</source>
        <translation>đang bận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="116" />
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="117" />
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="118" />
        <source>hardware error</source>
        <translation>lỗi phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="119" />
        <source>needs staff</source>
        <translation>cần cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="124" />
        <source>Action: staff – %1</source>
        <translation>Cần làm: cán bộ – %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="126" />
        <source>Action: none</source>
        <translation>Cần làm: không</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="127" />
        <source>Action: try again; check the cable</source>
        <translation>Cần làm: thử lại; kiểm tra cáp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="128" />
        <source>Action: call a technician</source>
        <translation>Cần làm: gọi kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="141" />
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="144" />
        <source>OK</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="145" />
        <source>nearly out – replace the roll soon</source>
        <translation>sắp hết – cần thay cuộn giấy sớm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="146" />
        <source>out – replace the roll</source>
        <translation>hết giấy – cần thay cuộn giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="147" />
        <source>jammed</source>
        <translation>kẹt giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="148" />
        <source>cover open</source>
        <translation>nắp đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="149" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="151" />
        <source>Paper: %1</source>
        <translation>Giấy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="153" />
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="88" />
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="92" />
        <source>Maintenance mode for technicians.

Choose a page on the left: device status, camera, QR reader, printer, backend, outbox, counters, log, profile, and diagnostics. The kiosk leaves maintenance mode by itself after a few idle minutes, or when you touch 'Leave maintenance'.</source>
        <translation>Chế độ bảo trì dành cho kỹ thuật viên.

Chọn một trang ở bên trái: tình trạng thiết bị, camera, đầu đọc mã QR, máy in, máy chủ, hàng đợi gửi, bộ đếm, nhật ký, cấu hình và chẩn đoán. Kiosk tự thoát chế độ bảo trì sau vài phút không thao tác, hoặc khi Ông/Bà chạm 'Thoát bảo trì'.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="102" />
        <source>Leave maintenance</source>
        <translation>Thoát bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="131" />
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="134" />
        <source>%1 (%2) – profile %3</source>
        <translation>%1 (%2) – cấu hình %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="137" />
        <source>out of service: %1</source>
        <translation>ngừng phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="161" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance.py" line="161" />
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The ID card could not be read. Please take the card off the reader and put it back.</source>
        <translation>Không đọc được thẻ căn cước. Vui lòng nhấc thẻ ra khỏi đầu đọc rồi đặt lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The ID card reader is not working. Please scan the QR code on the back of your ID card, or type your details.</source>
        <translation>Đầu đọc thẻ căn cước đang không hoạt động. Vui lòng quét mã QR ở mặt sau thẻ căn cước, hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The ID card was moved before reading finished. Please put it back on the reader and keep it still.</source>
        <translation>Thẻ căn cước đã bị dịch chuyển trước khi đọc xong. Vui lòng đặt lại thẻ lên đầu đọc và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The card could not be opened with this number. Please check the last 6 digits of your ID number and try again.</source>
        <translation>Không mở được thẻ bằng số này. Vui lòng kiểm tra 6 số cuối của số định danh cá nhân rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>This card is not a chip ID card. Please put your chip ID card on the reader.</source>
        <translation>Thẻ này không phải thẻ căn cước gắn chip. Vui lòng đặt thẻ căn cước gắn chip của Ông/Bà lên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The data on this card could not be confirmed. Please go to the reception counter.</source>
        <translation>Không xác thực được dữ liệu trên thẻ này. Vui lòng đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>This service is not offered at this kiosk. Please go to the reception counter; the staff will help you in turn.</source>
        <translation>Kiosk này không cung cấp dịch vụ này. Ông/Bà vui lòng đến quầy tiếp nhận, cán bộ sẽ hỗ trợ Ông/Bà theo lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt could not be printed.</source>
        <translation>Không in được giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The picture could not be taken. Please try again.</source>
        <translation>Không chụp được ảnh. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, or go to the reception counter.</source>
        <translation>Không lưu được hồ sơ tại kiosk này; chưa có gì được gửi đi. Vui lòng thử lại hoặc đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Some information is missing. Please check every step.</source>
        <translation>Còn thiếu thông tin. Vui lòng kiểm tra lại từng bước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>A date in the QR code is not valid. Please type your details instead.</source>
        <translation>Ngày tháng trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>A device of this kiosk is not working. Please ask the staff for help.</source>
        <translation>Một thiết bị của kiosk đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Light is reflecting on the text of the page. Tilt the page slightly or remove its plastic sleeve.</source>
        <translation>Ánh sáng bị phản chiếu lên chữ trên trang giấy. Nghiêng nhẹ trang giấy hoặc bỏ túi nhựa bọc ngoài.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Part of the page is outside the camera's view. Move the page to the middle of the scanning area.</source>
        <translation>Một phần trang giấy nằm ngoài khung hình. Đặt trang giấy vào giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Some information is not valid. Please check it and try again.</source>
        <translation>Có thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>Something went wrong. Please ask the staff at the counter for help.</source>
        <translation>Đã có lỗi xảy ra. Vui lòng nhờ cán bộ tại quầy hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The ID number in the QR code is not valid. Please type your details instead.</source>
        <translation>Số định danh trong mã QR không hợp lệ. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The letters of the QR code were not read correctly. Please scan the QR code on the back of your ID card again.</source>
        <translation>Chữ trong mã QR không được đọc đúng. Ông/Bà vui lòng quét lại mã QR ở mặt sau thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The ID number does not match the date of birth or sex on the card. Please scan again or type your details.</source>
        <translation>Số định danh không khớp với ngày sinh hoặc giới tính trên thẻ. Ông/Bà vui lòng quét lại hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The QR code of the ID card could not be read correctly. Please type your details instead.</source>
        <translation>Không đọc được chính xác mã QR của thẻ căn cước. Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The camera is not connected. Please ask the staff for help.</source>
        <translation>Camera chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The camera is not working. Please ask the staff for help.</source>
        <translation>Camera đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The code could not be read. Please hold it still in front of the scanner.</source>
        <translation>Chưa đọc được mã. Vui lòng giữ yên mã trước đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The code read is empty. Please scan the QR code on the back of your ID card again.</source>
        <translation>Mã đọc được không có nội dung. Vui lòng quét lại mã QR ở mặt sau thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The code scanner is not working. Please type the code instead.</source>
        <translation>Đầu đọc mã đang không hoạt động. Vui lòng nhập mã bằng bàn phím.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The device did not answer in time. Please try again.</source>
        <translation>Thiết bị không phản hồi kịp. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The device is not connected. Please ask the staff for help.</source>
        <translation>Thiết bị chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The device is not working. Please ask the staff for help.</source>
        <translation>Thiết bị đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The page is blurred. Hold the page still and flat until the picture is taken.</source>
        <translation>Ảnh trang giấy bị mờ. Giữ trang giấy phẳng và yên cho đến khi chụp xong.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The page is too small in the picture. Place the page flat in the middle of the scanning area.</source>
        <translation>Trang giấy quá nhỏ trong ảnh. Đặt trang giấy nằm phẳng ở giữa vùng quét.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The paper is jammed in the receipt printer. Please ask the staff for help.</source>
        <translation>Máy in phiếu bị kẹt giấy. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The picture is too dark. Do not cover the scanning area with your hand or body.</source>
        <translation>Ảnh quá tối. Không che vùng quét bằng tay hoặc người.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt may not have been printed. Please try printing again.</source>
        <translation>Phiếu có thể chưa được in. Vui lòng in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt printer cover is open. Please ask the staff to close it.</source>
        <translation>Nắp máy in phiếu đang mở. Vui lòng nhờ cán bộ đóng lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt printer is not working. Please ask the staff for help.</source>
        <translation>Máy in phiếu đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt printer is offline. Please try again or ask the staff for help.</source>
        <translation>Máy in phiếu đang mất kết nối. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The receipt printer is out of paper. Please ask the staff to replace the paper roll.</source>
        <translation>Máy in phiếu đã hết giấy. Vui lòng nhờ cán bộ thay cuộn giấy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>This QR code is not the one of a chip citizen ID card. Please scan the QR code on the back of your ID card, or type your details.</source>
        <translation>Đây không phải mã QR của thẻ căn cước gắn chip. Vui lòng quét mã QR ở mặt sau thẻ căn cước, hoặc tự nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1" />
        <source>No page was found in the picture. Lay the page flat in the middle of the scanning area.</source>
        <translation>Không thấy trang giấy trong ảnh. Đặt trang giấy nằm phẳng ở giữa vùng quét.</translation>
    </message>
</context>
<context>
    <name>MoreHint</name>
    <message>
        <location filename="../../ui/widgets/more_hint.py" line="31" />
        <source>Drag the list up to see more</source>
        <translation>Kéo danh sách lên để xem thêm</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../ui/widgets/message.py" line="33" />
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="34" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="35" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message.py" line="36" />
        <source>Success</source>
        <translation>Thành công</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="359" />
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="360" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="361" />
        <source>Backspace</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="362" />
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="363" />
        <source>Numbers and symbols</source>
        <translation>Số và ký hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="364" />
        <source>Letters</source>
        <translation>Chữ cái</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="365" />
        <source>Acute tone (sắc)</source>
        <translation>Dấu sắc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="366" />
        <source>Grave tone (huyền)</source>
        <translation>Dấu huyền</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="367" />
        <source>Hook tone (hỏi)</source>
        <translation>Dấu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="368" />
        <source>Tilde tone (ngã)</source>
        <translation>Dấu ngã</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="369" />
        <source>Dot tone (nặng)</source>
        <translation>Dấu nặng</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="33" />
        <source>Temporarily out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="36" />
        <source>This kiosk is being repaired. The staff at the reception counter will serve you.</source>
        <translation>Kiosk đang được sửa chữa. Cán bộ tại quầy tiếp nhận sẽ phục vụ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="39" />
        <source>This kiosk is temporarily out of service</source>
        <translation>Kiosk tạm ngừng phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="40" />
        <source>We are sorry. Please go to the reception counter; the staff will serve you.</source>
        <translation>Xin lỗi vì sự bất tiện. Vui lòng đến quầy tiếp nhận, cán bộ sẽ phục vụ Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/out_of_service.py" line="45" />
        <source>For staff: %1</source>
        <translation>Dành cho cán bộ: %1</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="534" />
        <source>Outbox</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="537" />
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="558" />
        <source>Waiting: %1 – sending: %2 – dead letters: %3 – sent: %4</source>
        <translation>Đang chờ: %1 – đang gửi: %2 – không gửi được: %3 – đã gửi: %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="569" />
        <source>Dead letters (never resent; hand the reference to the staff): %1</source>
        <translation>Không gửi được (sẽ không gửi lại; chuyển mã tham chiếu cho cán bộ): %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="573" />
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="577" />
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="577" />
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="578" />
        <source>refused by the server</source>
        <translation>máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="578" />
        <source>cannot be sent</source>
        <translation>không gửi được</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="551" />
        <source>no error yet</source>
        <translation>chưa có lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="553" />
        <source>%1 attempt(s)</source>
        <translation>%1 lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="554" />
        <source>Nothing is waiting.</source>
        <translation>Không có mục nào đang chờ.</translation>
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
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="70" />
        <source>OK</source>
        <translation>Vào</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="11" />
        <source>Look up procedures</source>
        <translation>Tìm thủ tục</translation>
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
        <translation>Xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="17" />
        <source>Your dossier</source>
        <translation>Hồ sơ của Ông/Bà</translation>
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
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="21" />
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="42" />
        <source>This service is not available at this kiosk yet. Touch Home to go back to the start.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Chạm "Trang chủ" để quay lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="48" />
        <source>This service is not yet available at this kiosk. Please go to the reception counter, where the staff will help you.</source>
        <translation>Dịch vụ này chưa có tại kiosk. Vui lòng đến quầy tiếp nhận, cán bộ sẽ hướng dẫn Ông/Bà.</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="379" />
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="386" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="387" />
        <source>Paper replaced</source>
        <translation>Đã thay giấy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="388" />
        <source>Reprint the last receipt</source>
        <translation>In lại phiếu gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="403" />
        <source>Estimated paper left: %1 m</source>
        <translation>Giấy còn lại ước tính: %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="413" />
        <source>Printed.</source>
        <translation>Đã in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="418" />
        <source>Not printed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="427" />
        <source>Printing the test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="431" />
        <source>Reprinting…</source>
        <translation>Đang in lại…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="441" />
        <source>New paper roll noted.</source>
        <translation>Đã ghi nhận cuộn giấy mới.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="75" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="79" />
        <source>This page shows everything about the procedure: on the left, the documents you need; on the right, how long it takes, the fee, what you receive and who may apply. Drag the page up to read more.

• Check my documents: tick the papers you have; the kiosk tells you what is missing and can print the list.
• Submit this dossier: scan your papers and send them now.</source>
        <translation>Trang này cho biết mọi thông tin về thủ tục: bên trái là các giấy tờ cần nộp; bên phải là thời hạn giải quyết, lệ phí, kết quả Ông/Bà nhận được và ai được nộp. Kéo trang lên để đọc tiếp.

• Kiểm tra giấy tờ của tôi: đánh dấu giấy tờ Ông/Bà có; kiosk cho biết còn thiếu gì và có thể in danh mục.
• Nộp hồ sơ này: quét giấy tờ và gửi ngay.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="86" />
        <source>Check my documents</source>
        <translation>Kiểm tra giấy tờ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="87" />
        <source>Submit this dossier</source>
        <translation>Nộp hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="88" />
        <source>Documents to hand in</source>
        <translation>Giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="105" />
        <source>This procedure is not available</source>
        <translation>Thủ tục này hiện không có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="107" />
        <source>Please go back and choose another procedure, or ask the staff at the counter.</source>
        <translation>Vui lòng quay lại chọn thủ tục khác, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="111" />
        <source>Code %1 · %2</source>
        <translation>Mã %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="118" />
        <source>no fee</source>
        <translation>không mất phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="120" />
        <source>in person at the one-stop department</source>
        <translation>trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="121" />
        <source>online on the public service portal</source>
        <translation>trực tuyến trên Cổng Dịch vụ công</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="122" />
        <source>by post</source>
        <translation>qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="125" />
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="126" />
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="127" />
        <source>You receive</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="128" />
        <source>Who may apply</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="129" />
        <source>Handled by</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="130" />
        <source>How to submit</source>
        <translation>Cách thức nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="131" />
        <source>Number of sets</source>
        <translation>Số lượng bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="132" />
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="135" />
        <source>Please note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="136" />
        <source>Dossiers received at or after %1:00 count from the next working day.</source>
        <translation>Hồ sơ tiếp nhận từ %1:00 trở đi được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="145" />
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="146" />
        <source>Only if it applies to you</source>
        <translation>Chỉ khi áp dụng với Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="147" />
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="154" />
        <source>When: %1</source>
        <translation>Trường hợp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="156" />
        <source>Template: %1</source>
        <translation>Mẫu: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="677" />
        <source>Profile</source>
        <translation>Cấu hình</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="310" />
        <source>QR reader</source>
        <translation>Đầu đọc QR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="317" />
        <source>Hold any QR code in front of the reader; what it reads appears here.</source>
        <translation>Đưa một mã QR bất kỳ trước đầu đọc; nội dung đọc được sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="318" />
        <source>Simulate a test code</source>
        <translation>Mô phỏng một mã thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="328" />
        <source>A code was seen but could not be read.</source>
        <translation>Đã thấy mã nhưng không đọc được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="332" />
        <source>Read by: %1</source>
        <translation>Bộ giải mã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="334" />
        <source>No code read yet.</source>
        <translation>Chưa đọc được mã nào.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="32" />
        <location filename="../../kiosk_app/receipts.py" line="46" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="49" />
        <source>Scan to track your dossier</source>
        <translation>Quét mã để xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="54" />
        <source>Scan this code at a kiosk to track your dossier, or enter the dossier code and the last 4 digits of your phone number</source>
        <translation>Quét mã này tại kiosk để xem tình trạng hồ sơ, hoặc nhập mã hồ sơ và 4 số cuối điện thoại của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="52" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="35" />
        <location filename="../../kiosk_app/receipts.py" line="53" />
        <location filename="../../kiosk_app/receipts.py" line="91" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="36" />
        <location filename="../../kiosk_app/receipts.py" line="54" />
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="42" />
        <location filename="../../kiosk_app/receipts.py" line="62" />
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="63" />
        <source>Legal processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="43" />
        <location filename="../../kiosk_app/receipts.py" line="64" />
        <source>Result appointed for</source>
        <translation>Hẹn trả kết quả ngày</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="65" />
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="65" />
        <source>by post (VNPost)</source>
        <translation>qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="66" />
        <source>Result returned</source>
        <translation>Nơi trả kết quả</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="68" />
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="72" />
        <source>Pay the fee by bank transfer (VietQR)</source>
        <translation>Nộp phí bằng chuyển khoản (VietQR)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="45" />
        <location filename="../../kiosk_app/receipts.py" line="76" />
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipt_files.py" line="45" />
        <location filename="../../kiosk_app/receipts.py" line="76" />
        <source>self-service kiosk</source>
        <translation>kiosk tự phục vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="87" />
        <source>Provisional reference</source>
        <translation>Mã tiếp nhận tạm thời</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="92" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="96" />
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="98" />
        <source>Your dossier has been saved at this kiosk and will be sent to the ministry automatically as soon as the connection is back. You do not need to submit it again.</source>
        <translation>Hồ sơ của Ông/Bà đã được lưu tại kiosk và sẽ tự động gửi đến Bộ ngay khi có kết nối. Ông/Bà không cần nộp lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="100" />
        <source>To check it later, use this reference and the last 4 digits of your phone number at any kiosk or at the counter; it will show your dossier code.</source>
        <translation>Để xem tình trạng hồ sơ sau, hãy dùng mã này cùng 4 số cuối điện thoại của Ông/Bà tại bất kỳ kiosk nào hoặc tại quầy; hệ thống sẽ cho biết mã hồ sơ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="110" />
        <source>Your number</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="113" />
        <source>People ahead of you</source>
        <translation>Số người đang chờ trước Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="27" />
        <source>scanned copy, %1 page(s)</source>
        <translation>bản chụp, %1 trang</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="118" />
        <source>1. An officer of the one-stop department checks your dossier.</source>
        <translation>1. Cán bộ Bộ phận Một cửa kiểm tra hồ sơ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="120" />
        <source>2. When it is accepted you receive the receipt and appointment slip (form 01) with the official return date: scan this QR code at a kiosk to print it.</source>
        <translation>2. Khi hồ sơ được tiếp nhận, Ông/Bà nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) với ngày hẹn trả kết quả chính thức: quét mã QR này tại kiosk để in.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="123" />
        <source>3. If a document is missing or the dossier cannot be accepted, you are told why and what to do.</source>
        <translation>3. Nếu thiếu giấy tờ hoặc hồ sơ không được tiếp nhận, Ông/Bà sẽ được thông báo lý do và việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="181" />
        <source>Accepted at</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="166" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="97" />
        <source>Expected result date (estimate)</source>
        <translation>Ngày trả kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="76" />
        <source>Not an appointment slip: the appointment comes with form 01 when an officer accepts your dossier</source>
        <translation>Phiếu này chưa phải giấy hẹn: ngày hẹn trả kết quả ghi trên Mẫu số 01 khi cán bộ tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="158" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="177" />
        <source>Number of sets</source>
        <translation>Số lượng hồ sơ (bộ)</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="84" />
        <source>Or at any kiosk: type the dossier code and the last 4 digits of your phone number</source>
        <translation>Hoặc tại kiosk: nhập mã hồ sơ và 4 số cuối điện thoại của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="167" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="187" />
        <source>Reprinted at a self-service kiosk</source>
        <translation>In lại tại kiosk tự phục vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="117" />
        <source>What happens next</source>
        <translation>Các bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="144" />
        <source>certified copy</source>
        <translation>bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="145" />
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="101" />
        <source>counted from acceptance</source>
        <translation>tính từ khi hồ sơ được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk_app/receipts.py" line="142" />
        <source>original</source>
        <translation>bản chính</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="99" />
        <source>Receipt</source>
        <translation>Phiếu xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="103" />
        <source>Your receipt is printed below the screen. Keep it: its code and QR code let you track your dossier at any kiosk or online.

If a fee is due, you can pay it by scanning the payment QR code with your banking app.

If the printer has a problem, take a photo of the QR code on the screen and ask the staff.

Touch 'Finish' when you are done: everything you entered is deleted from this kiosk.</source>
        <translation>Phiếu xác nhận nộp hồ sơ được in ở khe bên dưới màn hình. Hãy giữ lại: mã hồ sơ và mã QR trên giấy giúp Ông/Bà xem tình trạng hồ sơ tại bất kỳ kiosk nào hoặc trên mạng.

Nếu phải nộp phí, Ông/Bà có thể quét mã QR thanh toán bằng ứng dụng ngân hàng.

Nếu máy in gặp sự cố, hãy chụp ảnh mã QR trên màn hình và báo cho cán bộ.

Chạm 'Kết thúc' khi xong: mọi thông tin Ông/Bà đã nhập sẽ được xoá khỏi kiosk này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="111" />
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112" />
        <source>Track this dossier</source>
        <translation>Xem tình trạng hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="113" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="178" />
        <source>There is no receipt to show.</source>
        <translation>Không có phiếu xác nhận để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="186" />
        <source>Your dossier is saved at this kiosk</source>
        <translation>Hồ sơ của Ông/Bà đã được lưu tại kiosk này</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="188" />
        <source>Provisional reference – the connection to the ministry is down right now.</source>
        <translation>Mã tiếp nhận tạm thời – hiện chưa kết nối được với hệ thống của Bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="190" />
        <location filename="../../ui/screens/receipt.py" line="205" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="191" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="192" />
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="194" />
        <source>It will be sent automatically as soon as the connection is back; you do not need to submit it again. Track it with this reference and the last 4 digits of your phone number.</source>
        <translation>Hồ sơ sẽ được gửi tự động ngay khi kết nối lại; Ông/Bà không cần nộp lại. Ông/Bà có thể xem tình trạng hồ sơ bằng mã này và 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="197" />
        <source>Provisional reference</source>
        <translation>Mã tiếp nhận tạm thời</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="199" />
        <source>Your dossier has been received</source>
        <translation>Hồ sơ của Ông/Bà đã được nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="202" />
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="203" />
        <source>by post (VNPost)</source>
        <translation>qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="206" />
        <location filename="../../ui/screens/receipt.py" line="231" />
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="207" />
        <location filename="../../ui/screens/receipt.py" line="232" />
        <source>Received at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="208" />
        <location filename="../../ui/screens/receipt.py" line="233" />
        <source>Result appointed for</source>
        <translation>Hẹn trả kết quả ngày</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="209" />
        <source>Result returned</source>
        <translation>Nơi trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="210" />
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="210" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="219" />
        <source>Pay %1 with your banking app (VietQR)</source>
        <translation>Nộp %1 bằng ứng dụng ngân hàng (VietQR)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="227" />
        <source>Your additional documents have been received</source>
        <translation>Giấy tờ bổ sung của Ông/Bà đã được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="235" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="241" />
        <source>Printing your receipt…</source>
        <translation>Đang in phiếu xác nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="244" />
        <source>Please take a photo of the QR code on the screen – it holds your dossier code – and tell the staff at the counter.</source>
        <translation>Vui lòng chụp ảnh mã QR trên màn hình (mã này chứa mã hồ sơ của Ông/Bà) và báo cho cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="247" />
        <source>Your receipt has been printed. Please take it from the printer.</source>
        <translation>Phiếu xác nhận đã được in. Vui lòng lấy giấy ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="191" />
        <source>What happens next</source>
        <translation>Các bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="214" />
        <source>Take your printed receipt from the printer below the screen and keep it.</source>
        <translation>Xin Ông/Bà nhận phiếu xác nhận in ra ở khe máy in phía dưới màn hình và giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="216" />
        <source>This kiosk sends your dossier to the ministry as soon as the connection is back. You do not need to do anything.</source>
        <translation>Kiosk sẽ tự gửi hồ sơ lên Bộ ngay khi kết nối lại. Ông/Bà không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="225" />
        <source>Track your dossier with the code %1 (or the QR code) at any kiosk or online.</source>
        <translation>Xem tình trạng hồ sơ bằng mã %1 (hoặc mã QR) tại bất kỳ kiosk nào hoặc trên mạng.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="224" />
        <source>Pay the fee with the payment code (VietQR) on this receipt.</source>
        <translation>Nộp phí bằng mã thanh toán (VietQR) trên phiếu xác nhận này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>A fee per item (e.g. per class) is charged as the procedure states it.</source>
        <translation>Khoản phí tính theo từng mục (ví dụ theo mỗi nhóm) được thu theo quy định của thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="221" />
        <source>An officer checks your dossier. When it is accepted, you receive the receipt and appointment slip (form 01) with the official return date: scan this receipt&apos;s QR code at a kiosk to print it.</source>
        <translation>Cán bộ kiểm tra hồ sơ của Ông/Bà. Khi hồ sơ được tiếp nhận, Ông/Bà nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) với ngày hẹn trả kết quả chính thức: quét mã QR trên phiếu này tại kiosk để in.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="263" />
        <source>Expected result date (estimate)</source>
        <translation>Ngày trả kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>Your result is expected on %1 (an estimate until your dossier is accepted), %2.</source>
        <translation>Ngày trả kết quả dự kiến: %1 (chỉ là dự kiến cho đến khi hồ sơ được tiếp nhận), %2.</translation>
    </message>
</context>
<context>
    <name>ScanWidget</name>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="167" />
        <source>Take the picture now</source>
        <translation>Chụp ngay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="169" />
        <source>Lay the page face up under the camera, flat and whole. The picture is taken by itself when the green outline stays still.</source>
        <translation>Đặt trang giấy ngửa lên dưới camera, phẳng và trọn vẹn. Ảnh sẽ tự chụp khi khung viền xanh đứng yên.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="171" />
        <source>I understand</source>
        <translation>Tôi đã hiểu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="172" />
        <source>Retake the selected page</source>
        <translation>Chụp lại trang đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="173" />
        <source>Delete the selected page</source>
        <translation>Xoá trang đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="174" />
        <source>Move the selected page up</source>
        <translation>Chuyển trang đang chọn lên trước</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="175" />
        <source>Move the selected page down</source>
        <translation>Chuyển trang đang chọn xuống sau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="199" />
        <source>Turn the selected page a quarter turn clockwise</source>
        <translation>Xoay trang đang chọn một phần tư vòng theo chiều kim đồng hồ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="204" />
        <location filename="../../ui/widgets/scanner.py" line="485" />
        <source>Turn the page</source>
        <translation>Xoay trang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="176" />
        <source>Retake</source>
        <translation>Chụp lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="177" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="178" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="179" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="187" />
        <location filename="../../ui/widgets/scanner.py" line="196" />
        <source>Taking the picture… keep the page still.</source>
        <translation>Đang chụp… vui lòng giữ yên trang giấy.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="189" />
        <source>Lay page %1 again to replace it.</source>
        <translation>Đặt lại trang %1 để chụp thay.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="192" />
        <source>Put the page under the camera.</source>
        <translation>Đặt trang giấy dưới camera.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="193" />
        <source>Move the page so that it is whole and fills the marked area.</source>
        <translation>Di chuyển trang giấy để trang nằm trọn và phủ kín vùng đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="194" />
        <source>Hold the page still…</source>
        <translation>Giữ yên trang giấy…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="195" />
        <source>Hold still – taking the picture…</source>
        <translation>Giữ yên – đang chụp…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="197" />
        <source>Picture taken. Lay the next page, or go on.</source>
        <translation>Đã chụp. Đặt trang tiếp theo, hoặc chuyển sang bước sau.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="225" />
        <source>The camera of this kiosk is not working. Please ask the staff at the counter to receive your papers.</source>
        <translation>Camera của kiosk đang không hoạt động. Vui lòng đề nghị cán bộ tại quầy tiếp nhận giấy tờ của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="409" />
        <source>Page %1: </source>
        <translation>Trang %1: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="410" />
        <source>We suggest retaking it.</source>
        <translation>Ông/Bà nên chụp lại trang này.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="193" />
        <source>Retake the picture, or keep this page as it is.</source>
        <translation>Ông/Bà hãy chụp lại, hoặc giữ nguyên trang này.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="382" />
        <source>This picture may not be good enough</source>
        <translation>Ảnh này có thể chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="383" />
        <source>The new picture of page %1 may not be good enough</source>
        <translation>Ảnh chụp lại trang %1 có thể chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="386" />
        <source>Keep this page anyway</source>
        <translation>Vẫn giữ trang này</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="425" />
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="428" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanner.py" line="458" />
        <source>Page %1 – touch to see it large</source>
        <translation>Trang %1 – chạm để xem ảnh lớn</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../ui/speech_guide.py" line="170" />
        <source>Speech is on.</source>
        <translation>Đã bật đọc màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/speech_guide.py" line="180" />
        <location filename="../../ui/spoken.py" line="114" />
        <source>Seconds left: %1.</source>
        <translation>Còn %1 giây.</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="120" />
        <source>Choices: %1.</source>
        <translation>Các lựa chọn: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="151" />
        <source>text field</source>
        <translation>ô nhập</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="153" />
        <source>hidden entry</source>
        <translation>nội dung ẩn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="156" />
        <source>contains %1</source>
        <translation>đã nhập %1</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="157" />
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="159" />
        <source>check box</source>
        <translation>ô đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="160" />
        <source>checked</source>
        <translation>đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="161" />
        <source>not checked</source>
        <translation>chưa đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="163" />
        <source>option</source>
        <translation>lựa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="164" />
        <location filename="../../ui/spoken.py" line="169" />
        <source>selected</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="165" />
        <location filename="../../ui/spoken.py" line="170" />
        <source>not selected</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="167" />
        <source>button</source>
        <translation>nút</translation>
    </message>
    <message>
        <location filename="../../ui/spoken.py" line="172" />
        <source>unavailable</source>
        <translation>không dùng được</translation>
    </message>
</context>
<context>
    <name>SubmitScreen</name>
    <message>
        <location filename="../../ui/screens/submit.py" line="289" />
        <source>Submit a dossier</source>
        <translation>Nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="305" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="305" />
        <location filename="../../ui/screens/submit.py" line="530" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="305" />
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="305" />
        <location filename="../../ui/screens/submit.py" line="543" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="306" />
        <location filename="../../ui/screens/submit.py" line="552" />
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="306" />
        <source>Review</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="309" />
        <source>Previous step</source>
        <translation>Bước trước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="310" />
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="312" />
        <source>Which procedure do you want to submit? Type a few words of its name, or browse all procedures.</source>
        <translation>Ông/Bà muốn nộp hồ sơ cho thủ tục nào? Nhập vài từ trong tên thủ tục, hoặc xem danh sách tất cả thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="313" />
        <source>Browse all procedures</source>
        <translation>Xem tất cả thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="315" />
        <source>Hold the QR code on the back of your chip ID card in front of the reader: your details are filled in for you. You can also type them.</source>
        <translation>Đưa mã QR ở mặt sau thẻ căn cước gắn chip vào trước đầu đọc: thông tin của Ông/Bà sẽ được điền tự động. Ông/Bà cũng có thể tự nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="317" />
        <source>I apply as an individual</source>
        <translation>Tôi nộp với tư cách cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="318" />
        <source>For a business or organisation</source>
        <translation>Cho doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="320" />
        <location filename="../../ui/screens/submit.py" line="448" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="321" />
        <location filename="../../ui/screens/submit.py" line="535" />
        <source>ID card number</source>
        <translation>Số căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="322" />
        <source>Date of birth (day/month/year)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="323" />
        <location filename="../../ui/screens/submit.py" line="536" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="324" />
        <source>Name of the business or organisation</source>
        <translation>Tên doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="325" />
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="326" />
        <source>Phone number (required)</source>
        <translation>Số điện thoại (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="327" />
        <source>E-mail (optional)</source>
        <translation>Thư điện tử (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="328" />
        <source>Postal address for the result</source>
        <translation>Địa chỉ nhận kết quả qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="333" />
        <source>How can the centre reach you about this dossier? We send messages about its progress to this number.</source>
        <translation>Bộ phận Một cửa liên hệ với Ông/Bà về hồ sơ này bằng cách nào? Chúng tôi gửi thông báo về tiến độ hồ sơ tới số điện thoại này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="334" />
        <source>How do you want to receive the result?</source>
        <translation>Ông/Bà muốn nhận kết quả bằng cách nào?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="335" />
        <source>I will collect it at the reception counter</source>
        <translation>Tôi sẽ nhận tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="336" />
        <source>Send it to me by post (VNPost)</source>
        <translation>Gửi cho tôi qua bưu điện (VNPost)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="337" />
        <source>Use my address above</source>
        <translation>Dùng địa chỉ của tôi ở trên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="339" />
        <source>Do you agree to this processing of your personal data?</source>
        <translation>Ông/Bà có đồng ý cho xử lý dữ liệu cá nhân như trên không?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="339" />
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="339" />
        <source>Slide the text up to read all of it.</source>
        <translation>Vuốt đoạn văn lên để đọc hết.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="339" />
        <source>You agreed that the postal service receives these details.</source>
        <translation>Ông/Bà đã đồng ý để đơn vị bưu chính nhận các thông tin này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="339" />
        <source>Please read who receives your details for delivery by post, then touch “I agree”.</source>
        <translation>Vui lòng đọc thông tin về bên nhận dữ liệu khi gửi kết quả qua bưu điện, rồi chạm “Tôi đồng ý”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="346" />
        <source>I do not agree</source>
        <translation>Tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="347" />
        <source>Submit my dossier</source>
        <translation>Nộp hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="349" />
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="385" />
        <source>Thank you</source>
        <translation>Xin cảm ơn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="388" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="392" />
        <source>Your dossier has been submitted</source>
        <translation>Hồ sơ của Ông/Bà đã được nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="393" />
        <source>Your receipt is ready. You do not need to submit this dossier again.</source>
        <translation>Phiếu xác nhận nộp hồ sơ đã sẵn sàng. Ông/Bà không cần nộp lại hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="394" />
        <source>Show my receipt</source>
        <translation>Xem phiếu xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="400" />
        <source>Choose the procedure</source>
        <translation>Chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="408" />
        <location filename="../../ui/screens/submit.py" line="688" />
        <source>Submitting is not available at this kiosk right now. Please go to the reception counter.</source>
        <translation>Hiện không thể nộp hồ sơ tại kiosk này. Vui lòng đến quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="448" />
        <source>Full name of the representative</source>
        <translation>Họ và tên người đại diện</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="450" />
        <source>Your details were read from your ID card. Please check them.</source>
        <translation>Thông tin đã được đọc từ thẻ căn cước của Ông/Bà. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="471" />
        <source>You agreed to the processing of your personal data.</source>
        <translation>Ông/Bà đã đồng ý cho xử lý dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="510" />
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="513" />
        <source>only if: %1</source>
        <translation>chỉ khi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="515" />
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="516" />
        <location filename="../../ui/screens/submit.py" line="551" />
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="516" />
        <source>no pages yet</source>
        <translation>chưa có trang nào</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="532" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="538" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="540" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="543" />
        <source>by post to %1</source>
        <translation>qua bưu điện tới %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="544" />
        <source>at the reception counter</source>
        <translation>tại quầy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="587" />
        <source>Please scan these required documents first: %1</source>
        <translation>Vui lòng quét các giấy tờ bắt buộc sau trước: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="659" />
        <source>The code could not be read. Hold the card still, about a hand's width from the reader.</source>
        <translation>Không đọc được mã. Hãy giữ yên thẻ, cách đầu đọc khoảng một bàn tay.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="715" />
        <source>Sending your dossier… please wait.</source>
        <translation>Đang gửi hồ sơ… vui lòng chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="355" />
        <source>The steps are shown at the top; the highlighted one is where you are.

1. Choose the procedure.
2. Read what you need, the fee and how long it takes, and agree to the processing of your personal data (required to submit).
3. Hold the QR code on the back of your chip ID card to the reader, or type your details.
4. Give a phone number so the centre can reach you.
5. Choose how to receive the result.
6. Lay each document under the camera, one page at a time.
7. Check everything and touch 'Submit my dossier'. You receive a printed receipt.

'Back' and 'Previous step' both go one step back and keep what you entered. Home deletes everything.</source>
        <translation>Các bước được hiển thị ở phía trên; bước được tô đậm là bước Ông/Bà đang làm.

1. Chọn thủ tục.
2. Xem giấy tờ cần có, lệ phí và thời hạn giải quyết, rồi đồng ý cho xử lý dữ liệu cá nhân (bắt buộc để nộp hồ sơ).
3. Đưa mã QR ở mặt sau thẻ căn cước gắn chip vào đầu đọc, hoặc tự nhập thông tin.
4. Cho biết số điện thoại để Bộ phận Một cửa liên hệ với Ông/Bà.
5. Chọn cách nhận kết quả.
6. Đặt từng giấy tờ dưới camera, mỗi lần một trang.
7. Kiểm tra lại và chạm 'Nộp hồ sơ của tôi'. Ông/Bà sẽ nhận phiếu xác nhận nộp hồ sơ in sẵn.

'Quay lại' và 'Bước trước' đều lùi một bước và giữ lại thông tin đã nhập. 'Trang chủ' xoá toàn bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="370" />
        <source>Before you start</source>
        <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="405" />
        <source>What you need</source>
        <translation>Giấy tờ cần có</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="406" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="407" />
        <source>How long it takes</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="408" />
        <source>Your personal data</source>
        <translation>Dữ liệu cá nhân của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="409" />
        <source>Get a ticket for the counter</source>
        <translation>Lấy số thứ tự đến quầy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="411" />
        <source>Are you sure you do not agree? Without your consent this kiosk cannot take your dossier, and everything about this dossier is deleted from the kiosk. You can hand in your papers at the reception counter instead.</source>
        <translation>Ông/Bà chắc chắn không đồng ý? Nếu không có sự đồng ý của Ông/Bà, máy không thể nhận hồ sơ và mọi thông tin về hồ sơ này sẽ được xoá khỏi máy. Ông/Bà có thể nộp giấy tờ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="414" />
        <source>Yes, I do not agree</source>
        <translation>Có, tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="415" />
        <source>No, go back</source>
        <translation>Không, quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="423" />
        <source>I agree and start</source>
        <translation>Tôi đồng ý và bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="481" />
        <source>You did not agree, so nothing was submitted and everything you entered has been deleted. The staff at the reception counter can receive your papers in person: take a ticket for the counter and wait until your number is called.</source>
        <translation>Ông/Bà không đồng ý nên chưa có hồ sơ nào được nộp và mọi thông tin đã nhập đã được xoá. Cán bộ tại quầy tiếp nhận có thể nhận giấy tờ trực tiếp: xin Ông/Bà lấy số thứ tự và chờ đến lượt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="502" />
        <source>Save and return to the review</source>
        <translation>Lưu và quay lại trang kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="582" />
        <source>No fee.</source>
        <translation>Không mất phí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="585" />
        <source>Pay before you submit, and scan the fee receipt with your documents.</source>
        <translation>Nộp phí trước khi nộp hồ sơ và quét chứng từ nộp phí cùng các giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="592" />
        <source>About 10 minutes at this kiosk.</source>
        <translation>Khoảng 10 phút tại máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="593" />
        <source>Legal processing time:</source>
        <translation>Thời hạn giải quyết theo quy định:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="597" />
        <source>This kiosk can take your dossier now.</source>
        <translation>Máy này đang nhận hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="600" />
        <source>This kiosk cannot take dossiers right now. Please take a ticket for the reception counter: the staff will receive your papers.</source>
        <translation>Máy này hiện chưa nhận được hồ sơ. Xin Ông/Bà lấy số thứ tự đến quầy tiếp nhận: cán bộ sẽ nhận giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="603" />
        <source>The camera of this kiosk is not working, so documents cannot be scanned. Please take a ticket for the reception counter: the staff will receive your papers.</source>
        <translation>Camera của kiosk đang không hoạt động nên không quét được giấy tờ. Xin Ông/Bà lấy số thứ tự đến quầy tiếp nhận: cán bộ sẽ nhận giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="606" />
        <source>The connection to the ministry is slow right now: your dossier is kept safely here and sent automatically. You get a provisional reference.</source>
        <translation>Kết nối đến Bộ đang chậm: hồ sơ được lưu an toàn tại kiosk và tự động gửi đi. Ông/Bà sẽ nhận mã tiếp nhận tạm thời.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="609" />
        <source>The printer is not working: your receipt is shown on the screen for you to photograph.</source>
        <translation>Máy in đang không hoạt động: phiếu xác nhận được hiển thị trên màn hình để Ông/Bà chụp lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="660" />
        <source>needed in your case</source>
        <translation>cần trong trường hợp của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="586" />
        <source>You pay after submitting: your receipt has the payment code (VietQR).</source>
        <translation>Ông/Bà nộp phí sau khi nộp hồ sơ: phiếu xác nhận có mã thanh toán (VietQR).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="588" />
        <source>Fees per item (e.g. per class) are as the procedure states them.</source>
        <translation>Khoản phí tính theo từng mục (ví dụ theo mỗi nhóm) theo quy định của thủ tục.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="565" />
        <source>Page %1 – touch to see it large</source>
        <translation>Trang %1 – chạm để xem ảnh lớn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="580" />
        <source>page %1 of %2</source>
        <translation>trang %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/submit.py" line="582" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SupplementScreen</name>
    <message>
        <location filename="../../ui/screens/supplement.py" line="79" />
        <source>Add missing documents</source>
        <translation>Bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="83" />
        <source>The centre asked for more documents for your dossier; they are listed at the top.

Choose a document on the left, then lay its pages under the camera one at a time. When every document is scanned, touch 'Send the documents'. You receive a printed receipt.</source>
        <translation>Bộ phận Một cửa yêu cầu bổ sung giấy tờ cho hồ sơ của Ông/Bà; danh sách ở phía trên.

Chọn một giấy tờ ở bên trái, rồi đặt từng trang dưới camera. Khi đã quét đủ, chạm 'Gửi giấy tờ'. Ông/Bà sẽ nhận giấy tiếp nhận in sẵn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="88" />
        <source>Send the documents</source>
        <translation>Gửi giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="130" />
        <source>No additional documents are requested for this dossier.</source>
        <translation>Hồ sơ này không có yêu cầu bổ sung giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="137" />
        <source>The centre asks for:</source>
        <translation>Bộ phận Một cửa yêu cầu bổ sung:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="140" />
        <source>Please send them by %1.</source>
        <translation>Vui lòng bổ sung trước ngày %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="167" />
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="187" />
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/supplement.py" line="206" />
        <source>Sending your documents… please wait.</source>
        <translation>Đang gửi giấy tờ… vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="700" />
        <source>Restart the kiosk application?</source>
        <translation>Khởi động lại ứng dụng kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="700" />
        <source>A visitor's unsaved work would be lost.</source>
        <translation>Dữ liệu chưa lưu của người dùng sẽ bị mất.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="703" />
        <source>Exit to the desktop?</source>
        <translation>Thoát ra màn hình nền?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="703" />
        <source>The kiosk stops serving visitors until it is started again.</source>
        <translation>Kiosk sẽ ngừng phục vụ cho đến khi được khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="717" />
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="720" />
        <source>Export a diagnostics bundle (logs, profile without secrets, device health, versions) to:</source>
        <translation>Xuất gói chẩn đoán (nhật ký, cấu hình không kèm thông tin bí mật, tình trạng thiết bị, phiên bản) vào:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="722" />
        <source>Restart the application</source>
        <translation>Khởi động lại ứng dụng</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="723" />
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="743" />
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="747" />
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/maintenance_pages.py" line="750" />
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../ui/screens/ticket.py" line="58" />
        <source>Your ticket</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="66" />
        <source>Take your ticket from the printer below the screen. Please wait in the seating area until your number is shown on the screen above the counters, then go to that counter.

Touch "Done" when you have your ticket.</source>
        <translation>Lấy phiếu ở khe máy in phía dưới màn hình. Vui lòng ngồi chờ đến khi số của Ông/Bà hiện trên màn hình phía trên các quầy, rồi đến quầy đó.

Chạm "Kết thúc" khi Ông/Bà đã lấy phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="72" />
        <source>Your number</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="73" />
        <source>Done</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="116" />
        <source>No ticket yet. Please go back and choose an area.</source>
        <translation>Chưa có số thứ tự. Vui lòng quay lại và chọn lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="122" />
        <source>People ahead of you: %1</source>
        <translation>Số người đang chờ trước Ông/Bà: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="128" />
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="130" />
        <source>Please take your ticket from the printer below the screen.</source>
        <translation>Vui lòng lấy phiếu ở khe máy in phía dưới màn hình.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="133" />
        <source>Your ticket could not be printed.</source>
        <translation>Không in được phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ticket.py" line="134" />
        <source>Please remember your number %1, or photograph this code, and tell the staff.</source>
        <translation>Vui lòng ghi nhớ số %1 của Ông/Bà, hoặc chụp lại mã này, và báo cho cán bộ.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="95" />
        <location filename="../../ui/widgets/top_bar.py" line="105" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="96" />
        <location filename="../../ui/widgets/top_bar.py" line="106" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="99" />
        <source>Change language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="100" />
        <location filename="../../ui/widgets/top_bar.py" line="101" />
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="102" />
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="103" />
        <source>Text size, colours and speech</source>
        <translation>Cỡ chữ, màu sắc và giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/top_bar.py" line="104" />
        <location filename="../../ui/widgets/top_bar.py" line="107" />
        <source>Help</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>TrackScreen</name>
    <message>
        <location filename="../../ui/screens/track.py" line="101" />
        <source>Track a dossier</source>
        <translation>Xem tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="105" />
        <source>The fastest way: hold the QR code printed on your receipt in front of the scanner.

Or type the dossier code from your receipt (for example 000.00.00.G06-261128-0001, or a reference starting with TAM- if you received a provisional receipt), then the last 4 digits of the phone number you gave when you submitted, and touch "Show my dossier".</source>
        <translation>Cách nhanh nhất: đưa mã QR in trên phiếu xác nhận vào trước đầu đọc mã.

Hoặc nhập mã hồ sơ trên phiếu xác nhận (ví dụ 000.00.00.G06-261128-0001, hoặc mã bắt đầu bằng TAM- nếu Ông/Bà nhận giấy tiếp nhận tạm thời), rồi nhập 4 số cuối của số điện thoại Ông/Bà đã khai khi nộp, và chạm "Xem hồ sơ của tôi".</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="112" />
        <source>Where is my dossier?</source>
        <translation>Hồ sơ của tôi đang ở đâu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="114" />
        <source>Hold the QR code on your receipt in front of the scanner, or type the code and the last 4 digits of your phone number.</source>
        <translation>Đưa mã QR trên phiếu xác nhận vào trước đầu đọc mã, hoặc nhập mã hồ sơ và 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="116" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="118" />
        <source>e.g. 000.00.00.G06-261128-0001</source>
        <translation>ví dụ: 000.00.00.G06-261128-0001</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="119" />
        <source>Last 4 digits of your phone</source>
        <translation>4 số cuối số điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="121" />
        <source>Show my dossier</source>
        <translation>Xem hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="173" />
        <source>This code is not a dossier receipt. Please show the QR code printed on your receipt.</source>
        <translation>Mã này không phải phiếu xác nhận nộp hồ sơ. Vui lòng đưa mã QR in trên phiếu xác nhận của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="182" />
        <source>Code read. Now type the last 4 digits of your phone number.</source>
        <translation>Đã đọc mã. Bây giờ hãy nhập 4 số cuối số điện thoại của Ông/Bà.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="190" />
        <source>Please type the dossier code from your receipt.</source>
        <translation>Vui lòng nhập mã hồ sơ ghi trên phiếu xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="193" />
        <source>Please type exactly 4 digits.</source>
        <translation>Vui lòng nhập đúng 4 chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="206" />
        <source>Looking up your dossier…</source>
        <translation>Đang tìm hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="225" />
        <source>We could not find a dossier with this code and these phone digits. Please check both against your receipt and try again.</source>
        <translation>Không tìm thấy hồ sơ với mã và 4 số điện thoại này. Vui lòng đối chiếu lại với phiếu xác nhận và thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="228" />
        <source>This receipt's code could not be found. Please type the code and the last 4 digits of your phone number instead, or ask the staff.</source>
        <translation>Không tìm thấy mã trên phiếu xác nhận này. Vui lòng nhập mã hồ sơ và 4 số cuối số điện thoại, hoặc hỏi cán bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="232" />
        <source>Too many attempts. For your security, please wait a few minutes before trying again, or ask the staff at the counter.</source>
        <translation>Ông/Bà đã thử quá nhiều lần. Để bảo vệ thông tin của Ông/Bà, vui lòng chờ vài phút rồi thử lại, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="242" />
        <source>The ministry's system cannot be reached right now, so dossiers cannot be looked up. Please try again later, or ask the staff at the counter.</source>
        <translation>Hiện không kết nối được hệ thống của Bộ nên chưa xem được tình trạng hồ sơ. Vui lòng thử lại sau, hoặc hỏi cán bộ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="240" />
        <source>Your dossier %1 has been kept safely at this kiosk since %2 and has not been sent yet. The kiosk sends it as soon as the ministry's system can be reached; the dossier code will follow. Please look it up again later with the same reference.</source>
        <translation>Hồ sơ %1 của Ông/Bà được lưu an toàn tại kiosk này từ %2 và chưa được gửi lên Bộ. Kiosk sẽ tự gửi ngay khi kết nối được hệ thống của Bộ; mã hồ sơ sẽ có sau. Vui lòng xem lại sau bằng chính mã tiếp nhận tạm thời này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="240" />
        <source>Your dossier %1 has been sent to the ministry. Its dossier code is %2. Its progress cannot be looked up right now; please try again later with this code.</source>
        <translation>Hồ sơ %1 của Ông/Bà đã được gửi lên Bộ. Mã hồ sơ là %2. Hiện chưa xem được tình trạng hồ sơ; vui lòng thử lại sau bằng mã hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="240" />
        <source>Your dossier %1 could not be sent to the ministry's system. Please show this reference to the staff at the counter; they will help you.</source>
        <translation>Hồ sơ %1 của Ông/Bà chưa gửi được lên hệ thống của Bộ. Vui lòng đưa mã này cho cán bộ tại quầy tiếp nhận để được giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/track.py" line="240" />
        <source>This kiosk has no record of the reference %1, and the ministry's system cannot be reached to look it up. Please check the reference on your receipt and try again later, or ask the staff at the counter.</source>
        <translation>Kiosk này không có hồ sơ nào mang mã %1, và hiện không kết nối được hệ thống của Bộ để tìm. Vui lòng kiểm tra lại mã trên phiếu xác nhận và thử lại sau, hoặc hỏi cán bộ tại quầy tiếp nhận.</translation>
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

• Tìm thủ tục, giấy tờ cần nộp: tìm thủ tục hành chính và xem cần những giấy tờ gì.
• Nộp hồ sơ: quét giấy tờ và gửi hồ sơ đến Bộ.
• Xem tình trạng hồ sơ đã nộp: xem hồ sơ của Ông/Bà đang ở đâu, bằng mã trên giấy tiếp nhận.
• Nhờ hỗ trợ: lấy số thứ tự để được cán bộ tại quầy giúp.

Ông/Bà có thể đổi ngôn ngữ và phóng to chữ bằng các nút ở phía trên.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="50" />
        <source>Welcome to the one-stop reception of the Ministry of Science and Technology</source>
        <translation>Chào mừng Ông/Bà đến Bộ phận Một cửa – Bộ Khoa học và Công nghệ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="51" />
        <source>What would you like to do today?</source>
        <translation>Ông/Bà muốn làm gì hôm nay?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53" />
        <source>Look up procedures</source>
        <translation>Tìm thủ tục, giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="53" />
        <source>Documents, fees and processing time</source>
        <translation>Lệ phí và thời hạn giải quyết</translation>
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
        <translation>Xem tình trạng hồ sơ đã nộp</translation>
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