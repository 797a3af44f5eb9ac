"""klagerapport: the yearly police-complaints report, from case data to HTML and PDF."""

__version__ = "0.1.0"
