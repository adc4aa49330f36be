"""Gawahi: evidence-grade documentation of identity-based violence."""

__version__ = "0.1.0"
