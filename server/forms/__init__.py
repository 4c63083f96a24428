"""The papers the one-stop desk issues about a dossier, at the moments the rules say (issue 14).

- At submission the kiosk's dossier gets a **submission confirmation** ("Phiếu xác nhận nộp hồ sơ"): what was
  received and an *expected* date. It is not form 01: no officer has checked the dossier yet.
- **Form 01**, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", when an officer accepts the dossier (status 2); its
  appointment is counted from that acceptance.
- **Form 02**, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", when an officer asks for a supplement (with what to add
  and why); **form 03**, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", when an officer refuses it (with the reason);
  **form 04** when an overdue dossier gets an apology and a new return date.

Sources: Appendix I of Circular 03/2025/TT-VPCP (15 Sep 2025, guiding Decree 118/2025/NĐ-CP on the one-stop
mechanism) lists form 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ", 04 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
05 notice of stopping, 06 process control sheet, 07 dossier register (summary of the appendix at
https://thuviennhadat.vn/phap-luat/tai-file-word-bieu-mau-thong-tu-03-2025-tt-vpcp-ve-giai-quyet-thu-tuc-hanh-chinh-tai-bo-phan-mot-cua-708489.html).
Under the earlier Circular 01/2018/TT-VPCP form 04 was the "Phiếu xin lỗi và hẹn lại ngày trả kết quả", sent
by e-mail or text message when the dossier was submitted online (procedure descriptions quoting it, e.g.
https://thuvienphapluat.vn/phap-luat/tim-tu-van?page=1290). The 2025 appendix's exact layout was not readable
here: the fields each form carries follow DOMAIN.md ("Forms of the one-stop mechanism"): the agency, the dossier
code with a QR, applicant name, address, phone, e-mail, the procedure, the table of documents (name; original or
copy; number), the number of sets, the legal processing time, time of receipt (hour, minute, date), the
appointed return date and hour, where and how the result is returned, the receiving officer.
"""
