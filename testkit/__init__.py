"""QA material that is not part of the kiosk's runtime paths.

Synthetic document, ID-card and QR photos with ground truth (:mod:`testkit.document_photos`,
:mod:`testkit.qr_captures`) and the submission-path harness the crash tests and the outbox soak
drive (:mod:`testkit.kiosk_harness`). Tests, benchmarks, ``kiosk samples``, ``kiosk demo`` and the
simulated profile's adapters may import it; the real device adapters and the rest of the product
never do (tests/app/test_architecture.py holds the allow-list).
"""
