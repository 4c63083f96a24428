"""Digitization settings as declared in the profile's ``[digitize]`` table.

Every threshold of detection, auto-capture, quality checks, enhancement and PDF output is declared
here once, with its default, bounds and meaning.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DigitizeSettings(BaseModel):
    """Thresholds and output settings of the digitization pipeline."""

    model_config = ConfigDict(extra="forbid")

    # output
    archive_dpi: int = Field(300, ge=150, le=600, description="resolution of rectified pages")
    camera_view_width_mm: float = Field(
        0.0, ge=0, le=2000,
        description="width of the desk the camera sees across its frame, in millimetres (0: unknown; pages are "
                    "then rectified at the paper size their shape suggests, else at their real size)")
    jpeg_quality: int = Field(75, ge=40, le=95, description="JPEG quality of colour and greyscale pages in PDFs")

    # auto-capture
    still_seconds: float = Field(1.0, gt=0, le=10, description="how long a page must be still before auto-capture")
    still_tolerance_fraction: float = Field(
        0.01, gt=0, le=0.1,
        description="largest corner movement, as a share of the frame diagonal, that still counts as still")
    capture_cooldown_seconds: float = Field(
        2.0, ge=0, le=30, description="pause after a capture before the next auto-capture can start")
    no_page_help_seconds: float = Field(
        8.0, ge=0, le=120,
        description="how long the camera finds no page before the scanning step says how to lay one so that it is "
                    "found: alone, nothing on it or under it (0: never)")
    lost_frames_tolerated: int = Field(
        3, ge=0, le=30, description="frames without a detection before the smoother forgets the page")

    # page detection
    detect_width: int = Field(320, ge=160, le=1280, description="width of the frame copy used to find candidates")
    detect_min_area_fraction: float = Field(
        0.04, gt=0, lt=1, description="smallest page area, as a share of the frame, that is reported at all")
    detect_min_angle: float = Field(
        50.0, ge=10, le=85,
        description="smallest interior corner angle (degrees) of a plausible page (seen from above, a page's corners "
                    "stay within 25 degrees of square; skewed outlines of desk texture and shadows do not)")
    detect_max_aspect: float = Field(
        4.5, ge=1.5, le=20,
        description="largest ratio of a page's long side to its short side (a long receipt; a plank of wood: more)")
    detect_edge_contrast: float = Field(
        8.0, gt=0, le=100, description="colour distance (BGR) between the page and the surface just outside a side")
    detect_min_side_support: float = Field(
        0.35, ge=0, le=1, description="least share of a side with edge support (a thumb or glare hides the rest)")
    detect_min_mean_support: float = Field(
        0.6, ge=0, le=1, description="least mean share of the sides with edge support")
    detect_min_side_straightness: float = Field(
        0.4, ge=0, le=1,
        description="least share of a side's samples lying within 1.5 px of its fitted line at full resolution")
    detect_confident_evidence: float = Field(
        0.7, ge=0, le=1,
        description="edge evidence (mean side support x straightness, whatever the page's size) below which the "
                    "slower candidate stages (more segmentations, straight lines) are tried as well")
    detect_chroma_min_distance: float = Field(
        6.0, gt=0, le=100,
        description="least CIELAB colour distance from the desk's colour (read along the frame's border) of a page "
                    "found by its colour when nothing confident was found by brightness (a page on a pink desk)")
    detect_min_ink_cut_off: float = Field(
        0.012, ge=0, le=1,
        description="least share of dark strokes (text, lines) inside a page cut off by the frame's edge")
    detect_min_ink_dark: float = Field(
        0.1, ge=0, le=1,
        description="least share of dark strokes inside a candidate darker than the desk all round (a coloured ID "
                    "card on a light desk carries text and a photo; a shadow or a dark object is blank)")
    detect_pale_min_ink: float = Field(
        0.02, ge=0, le=1,
        description="least share of dark strokes inside a page a little darker than a light desk, looked for when "
                    "nothing else was found (a cream page on a white table; a shadow or a dark block is blank)")
    detect_pale_min_body: float = Field(
        0.8, ge=0, le=1,
        description="least ratio of such a page's body to the desk's brightness just outside it (pages 0.88-0.94 on "
                    "the independent generator's tuning photos; dark blocks and shadows on its empty desks 0.22-0.66)")
    detect_min_paper_share: float = Field(
        0.4, ge=0, le=1,
        description="least share of a page's inside at its local paper level (wood grain, a keyboard: far less)")
    detect_enclosing_rounds: int = Field(
        3, ge=0, le=10,
        description="rounds of the search for a larger document around a page found without confidence (a card's "
                    "photo, a page's text column; each round moves sides out to the next edge)")
    detect_enclosing_min_gain: float = Field(
        1.0, ge=0, le=10,
        description="least ratio of the score of the document around a found page to the found page's for it to win")
    detect_card_around_min_score: float = Field(
        0.85, ge=0, le=10,
        description="least ratio of the score of an ID card's outline around the found quad to the found quad's for "
                    "the card to win (the card's light body found without its coloured band)")
    detect_refine_candidates: int = Field(3, ge=1, le=10, description="best candidates refined at full resolution")
    cut_off_margin_px: float = Field(
        3.0, ge=0, le=50, description="a corner this close to the frame edge (or beyond) means the page is cut off")
    smoothing: float = Field(
        0.5, ge=0, lt=1, description="weight of the previous corners in the temporal smoother (0 = none)")
    smoothing_reset_fraction: float = Field(
        0.05, gt=0, le=1,
        description="a corner jump larger than this share of the frame diagonal restarts the smoother")

    # quality checks
    blur_min_sharpness: float = Field(
        100.0, ge=0,
        description="least variance of the Laplacian of the page at the width the camera saw it, at most "
                    "1000 px (blur check; bench/capture_quality.py calibrates it on the real photos)")
    glare_max_fraction: float = Field(
        0.003, ge=0, le=1,
        description="largest share of the page that is blown-out glare over text (bench/capture_quality.py calibrates "
                    "it on the real photos and both generators: 0.01 caught 1 of 28 real glare spots)")
    glare_level: int = Field(250, ge=200, le=255, description="grey level from which a pixel counts as blown out")
    min_page_fraction: float = Field(
        0.2, ge=0, lt=1, description="least share of the frame an A4 page must cover; other sizes (A5, an ID card) the same "
                    "resolution, i.e. a share smaller in proportion to their paper area (too small check)")
    dark_min_brightness: float = Field(
        90.0, ge=0, le=255, description="least median brightness of the page's background (too dark check)")

    # enhancement
    bw_block_fraction: float = Field(
        0.02, gt=0, le=0.2, description="neighbourhood of the adaptive threshold as a share of the page width")
    bw_offset: float = Field(
        12.0, ge=0, le=60, description="how much darker than its neighbourhood a pixel must be to become ink")
