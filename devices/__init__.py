"""Device abstraction layer: protocols and adapters (real and simulated). Knows neither ui nor kiosk_app."""
# pydantic resolves these names lazily. When such a lazy import completes after PySide6 is loaded,
# shiboken's import hook (feature_imported -> inspect.getsource) re-enters pydantic mid-import and
# fails with a circular ImportError. Loading them here, before any device module imports PySide6,
# avoids it (seen with PySide6 6.11.3 and 6.12.0, pydantic 2.14).
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator  # noqa: F401
