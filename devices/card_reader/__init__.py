"""The chip ID card reader: the device (device.py), its PC/SC and simulated adapters, and the ICAO 9303 reading."""
