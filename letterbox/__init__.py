"""Letterbox: letters and recorded messages from parents in prison to their children."""

__version__ = "0.1.0"
APP_NAME = "Letterbox"
