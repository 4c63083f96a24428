"""The backend port and its adapters (the OpenCPS v2 adapter lives in :mod:`kiosk_app.backend.opencps`)."""
