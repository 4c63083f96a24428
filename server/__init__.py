"""Reference backend standing in for the ministry's administrative-procedure system."""
