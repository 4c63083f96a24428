"""Digitization settings as declared in the profile's ``[digitize]`` table."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DigitizeSettings(BaseModel):
    """Thresholds and output settings of the digitization pipeline."""

    model_config = ConfigDict(extra="forbid")

    archive_dpi: int = Field(300, ge=150, le=600, description="resolution of rectified pages")
    still_seconds: float = Field(1.0, gt=0, le=10, description="how long a page must be still before auto-capture")
