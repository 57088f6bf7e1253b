"""tiket-gui: a desktop workbench for the tiket.com partner API."""

__version__ = "0.1.0"
WINDOW_TITLE = "tiket-gui — getToken workbench"
