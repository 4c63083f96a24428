"""HTTP routes of the reference backend: kiosk API, public tracking page, staff console."""
