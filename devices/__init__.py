"""Device abstraction layer: protocols and adapters (real and simulated). Knows neither ui nor kiosk_app."""
