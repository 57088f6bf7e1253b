"""PySide6 widgets: they arrange, call core, and show core's results; no protocol logic here."""
