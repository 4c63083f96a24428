"""``python -m kiosk_app`` and the frozen build's entry point: the ``kiosk`` command."""
from kiosk_app.cli import main

raise SystemExit(main())
