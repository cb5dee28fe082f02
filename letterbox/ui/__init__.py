"""Widgets. Nothing outside this package imports it, except the composition root."""
