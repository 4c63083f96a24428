"""The PDFs: the submission confirmation and forms 01-04 on A4 (see server/forms/__init__.py for the sources)."""
from __future__ import annotations

from datetime import datetime

from kiosk_app.api.schemas import DeliveryMethod, DocumentForm, DossierReceipt, ReceiptSlip, TimeUnit
from server.forms.content import ApologyNotice, NoticeHead, RefusalNotice, SupplementNotice
from server.forms.layout import A4Paper, long_date, tracking_qr_text
from server.settings import VIETNAM_TZ

PLACE = "Hà Nội"
FORM_LABEL = "Mẫu số {n} – Phụ lục I, Thông tư 03/2025/TT-VPCP"
CONFIRMATION_TITLE = "PHIẾU XÁC NHẬN NỘP HỒ SƠ"
FORM_TITLES = {"01": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "02": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
               "03": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "04": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"}
UNITS_VI = {TimeUnit.WORKING_DAYS: "ngày làm việc", TimeUnit.CALENDAR_DAYS: "ngày", TimeUnit.MONTHS: "tháng"}
FORMS_VI = {DocumentForm.ORIGINAL: "Bản chính", DocumentForm.CERTIFIED_COPY: "Bản sao chứng thực",
            DocumentForm.COPY: "Bản sao"}
SCANNED_COPY = "bản chụp, {pages} trang"
"""What the kiosk received of each document (the same words as kiosk_app.receipts.scanned_copy_text in Vietnamese)."""


def moment_vi(moment: datetime) -> str:
    """"14 giờ 05 phút, ngày 04/03/2026" in Vietnamese local time."""
    local = moment.astimezone(VIETNAM_TZ)
    return f"{local:%H} giờ {local:%M} phút, ngày {local:%d/%m/%Y}"


def _where(method: DeliveryMethod) -> str:
    return ("tại Bộ phận Một cửa (trực tiếp)" if method == DeliveryMethod.COUNTER
            else "qua dịch vụ bưu chính công ích, đến địa chỉ Ông/Bà đã đăng ký")


def _tracking(paper: A4Paper, code: str, token: str, url: str) -> None:
    qr = tracking_qr_text(code, token, url)
    if qr == url:
        captions = ["Quét mã QR để tra cứu tình trạng hồ sơ", "và xem các phiếu đã cấp."]
    else:
        captions = ["Quét mã này tại kiosk để tra cứu hồ sơ, hoặc nhập", "mã hồ sơ và 4 số cuối điện thoại của người nộp."]
    paper.qr(qr, captions)


def _place_day(moment: datetime) -> str:
    return f"{PLACE}, {long_date(moment.astimezone(VIETNAM_TZ).date())}"


def submission_confirmation(receipt: DossierReceipt, applicant_name: str, number: str) -> bytes:
    """The paper kept for a kiosk submission: what was received and an expected date, not an appointment."""
    paper = A4Paper(f"Phiếu xác nhận nộp hồ sơ {receipt.code}", receipt.procedure_name_vi)
    paper.header(receipt.receiving_unit, number, _place_day(receipt.received_at))
    paper.title(CONFIRMATION_TITLE, "(nộp tại kiosk tự phục vụ)")
    paper.para(f"Mã hồ sơ: {receipt.code}", bold=True)
    paper.para(f"Người nộp hồ sơ: {applicant_name}")
    paper.para(f"Thủ tục: {receipt.procedure_name_vi} (mã thủ tục {receipt.procedure_code})")
    paper.para(f"Thời điểm nộp: {moment_vi(receipt.received_at)}")
    paper.para("Giấy tờ đã nhận:", bold=True)
    paper.table(["TT", "Tên giấy tờ", "Đã nhận"],
                [[str(i), d.name_vi, SCANNED_COPY.format(pages=d.pages)] for i, d in enumerate(receipt.documents, 1)],
                [12, 118, 40])
    paper.para(f"Ngày trả kết quả dự kiến: {receipt.appointed_date:%d/%m/%Y} (dự kiến, chưa phải ngày hẹn)", bold=True)
    paper.para(f"Thời gian giải quyết theo quy định: {receipt.processing_days} {UNITS_VI[receipt.processing_unit]}, "
               "tính từ khi hồ sơ "
               "được tiếp nhận.")
    paper.space(2)
    paper.para("Bước tiếp theo:", bold=True)
    paper.para("Cán bộ Bộ phận Một cửa sẽ kiểm tra hồ sơ. Khi hồ sơ được tiếp nhận, Ông/Bà sẽ nhận Giấy tiếp nhận "
               "hồ sơ và hẹn trả kết quả (Mẫu số 01) với ngày hẹn chính thức. Nếu hồ sơ cần bổ sung hoặc không "
               "được tiếp nhận, Ông/Bà sẽ nhận phiếu yêu cầu bổ sung hoặc phiếu từ chối kèm lý do.")
    paper.para("Phiếu này chỉ xác nhận hồ sơ đã được nộp; không phải giấy hẹn trả kết quả.", size=10)
    if receipt.provisional_ref:
        paper.para(f"Mã tiếp nhận tạm thời tại kiosk: {receipt.provisional_ref}", size=10)
    _tracking(paper, receipt.code, receipt.tracking_token, receipt.tracking_url)
    return paper.finish()


def receipt_and_appointment(slip: ReceiptSlip, token: str, url: str) -> bytes:
    """Form 01: issued when an officer accepts the dossier; the appointment counts from that acceptance."""
    paper = A4Paper(f"Giấy tiếp nhận hồ sơ {slip.code}", slip.procedure_name_vi)
    paper.header(slip.agency, slip.number, _place_day(slip.accepted_at), FORM_LABEL.format(n="01"))
    paper.title(FORM_TITLES["01"], f"Mã hồ sơ: {slip.code}")
    paper.para(f"{slip.agency} tiếp nhận hồ sơ của: Ông/Bà {slip.applicant_name}")
    paper.para(f"Địa chỉ: {slip.applicant_address}")
    paper.para(f"Số điện thoại: {slip.phone_masked}    Thư điện tử: {slip.email_masked or 'không có'}")
    paper.para(f"Nội dung yêu cầu giải quyết: {slip.procedure_name_vi} (mã thủ tục {slip.procedure_code})")
    paper.para("1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:")
    paper.table(["TT", "Tên giấy tờ", "Hình thức theo quy định", "Số lượng", "Đã nhận"],
                [[str(i), d.name_vi, FORMS_VI[d.form], f"{d.copies:02d} bản", SCANNED_COPY.format(pages=d.pages)]
                 for i, d in enumerate(slip.documents, 1)], [10, 78, 32, 20, 30])
    paper.para(f"2. Số lượng hồ sơ: {slip.sets:02d} bộ")
    paper.para(f"3. Thời gian giải quyết hồ sơ theo quy định: {slip.processing_amount} "
               f"{UNITS_VI[slip.processing_unit]}")
    paper.para(f"4. Thời gian nhận hồ sơ: {moment_vi(slip.accepted_at)}")
    paper.para(f"5. Thời gian trả kết quả giải quyết hồ sơ: từ {slip.appointed_time:%H} giờ {slip.appointed_time:%M} "
               f"phút, ngày {slip.appointed_date:%d/%m/%Y}", bold=True)
    paper.para(f"6. Nơi, cách thức trả kết quả: {_where(slip.delivery_method)}")
    paper.space(4)
    paper.signatures([("NGƯỜI NỘP HỒ SƠ", "(nộp tại kiosk tự phục vụ)", slip.applicant_name),
                      ("NGƯỜI TIẾP NHẬN HỒ SƠ", "(ký và ghi rõ họ tên)", slip.officer)])
    _tracking(paper, slip.code, token, url)
    return paper.finish()


def _notice_opening(paper: A4Paper, head: NoticeHead, form: str) -> None:
    paper.header(head.agency, head.number, _place_day(head.issued_at), FORM_LABEL.format(n=form))
    paper.title(FORM_TITLES[form], f"Mã hồ sơ: {head.code}")
    paper.para(f"Kính gửi: Ông/Bà {head.applicant_name}")
    paper.para(f"Địa chỉ: {head.applicant_address}")
    paper.para(f"Nội dung yêu cầu giải quyết: {head.procedure_name_vi} (mã thủ tục {head.procedure_code})")


def supplement_request(notice: SupplementNotice, token: str, url: str) -> bytes:
    """Form 02: what the applicant must add, the reason, and until when."""
    paper = A4Paper(f"Phiếu yêu cầu bổ sung hồ sơ {notice.code}", notice.procedure_name_vi)
    _notice_opening(paper, notice, "02")
    paper.para("Sau khi xem xét, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:")
    for i, item in enumerate(notice.missing, 1):
        paper.para(f"{i}. {item}", indent_mm=5)
    paper.para(f"Lý do: {notice.reason or 'hồ sơ chưa đầy đủ các giấy tờ nêu trên'}")
    paper.para(f"Hạn bổ sung: ngày {notice.due_date:%d/%m/%Y}", bold=True)
    paper.para("Ông/Bà có thể nộp giấy tờ bổ sung tại kiosk tự phục vụ (quét mã QR dưới đây) hoặc tại Bộ phận "
               "Một cửa. Thời gian chờ bổ sung không tính vào thời gian giải quyết hồ sơ. Trong quá trình hoàn thiện "
               "hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ Bộ phận Một cửa để được hướng dẫn.")
    paper.space(4)
    paper.signatures([("NGƯỜI TIẾP NHẬN HỒ SƠ", "(ký và ghi rõ họ tên)", notice.officer)])
    _tracking(paper, notice.code, token, url)
    return paper.finish()


def refusal(notice: RefusalNotice, token: str, url: str) -> bytes:
    """Form 03: the dossier is not accepted, with the reason."""
    paper = A4Paper(f"Phiếu từ chối tiếp nhận hồ sơ {notice.code}", notice.procedure_name_vi)
    _notice_opening(paper, notice, "03")
    paper.para("Sau khi xem xét, căn cứ quy định hiện hành, cơ quan có thẩm quyền từ chối tiếp nhận, giải quyết hồ sơ "
               "này vì lý do sau:")
    paper.para(notice.reason, bold=True, indent_mm=5)
    paper.para("Xin thông báo để Ông/Bà được biết và thực hiện. Nếu có thắc mắc, Ông/Bà liên hệ Bộ phận Một cửa.")
    paper.space(4)
    paper.signatures([("NGƯỜI TIẾP NHẬN HỒ SƠ", "(ký và ghi rõ họ tên)", notice.officer)])
    _tracking(paper, notice.code, token, url)
    return paper.finish()


def apology(notice: ApologyNotice, token: str, url: str) -> bytes:
    """Form 04: the apology for an overdue dossier and its new return date."""
    paper = A4Paper(f"Phiếu xin lỗi và hẹn lại ngày trả kết quả {notice.code}", notice.procedure_name_vi)
    _notice_opening(paper, notice, "04")
    accepted = f"ngày {notice.accepted_at.astimezone(VIETNAM_TZ):%d/%m/%Y}" if notice.accepted_at else "trước đây"
    receipt = f" (Giấy tiếp nhận hồ sơ và hẹn trả kết quả số {notice.receipt_number})" if notice.receipt_number else ""
    paper.para(f"Hồ sơ của Ông/Bà được tiếp nhận {accepted}{receipt}, hẹn trả kết quả ngày "
               f"{notice.old_date:%d/%m/%Y}. Tuy nhiên đến nay chưa trả kết quả giải quyết hồ sơ của Ông/Bà.")
    paper.para(f"Lý do: {notice.reason}")
    paper.para("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và hẹn trả kết quả vào:")
    paper.para(f"Ngày hẹn trả kết quả mới: từ {notice.new_time:%H} giờ {notice.new_time:%M} phút, "
               f"ngày {notice.new_date:%d/%m/%Y}", bold=True, indent_mm=5)
    paper.para("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.")
    paper.space(4)
    paper.signatures([("BỘ PHẬN MỘT CỬA", "(ký và ghi rõ họ tên)", notice.officer)])
    _tracking(paper, notice.code, token, url)
    return paper.finish()
