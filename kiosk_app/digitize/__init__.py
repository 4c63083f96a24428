"""The document digitization pipeline (Qt-free; numpy + OpenCV).

- ``detect``: PageDetector — the page's corners in a preview frame (or None) and whether it is cut off.
- ``smoother``: PageSmoother — steadies detections across frames.
- ``capture``: AutoCapture — takes the still when the page has been still (injectable clock);
  mapping preview corners to the still; manual corner adjustment.
- ``rectify``: the page flat at its real size (A4, A5, letter, ID-1) and the archive resolution.
- ``enhance``: colour, greyscale with background normalisation, black and white with shadow removal.
- ``quality``: blur, glare over text, cut off, too small, too dark — reason code, value, threshold.
- ``pages``: ComponentPages — add, retake, delete, reorder, undo until submission.
- ``pdf``: one PDF per component (img2pdf: JPEG pass-through, CCITT G4 for black and white).
- ``id_card``: the back of the chip ID card read into the applicant's fields.
- ``settings``: DigitizeSettings, the profile's ``[digitize]`` table.
"""
