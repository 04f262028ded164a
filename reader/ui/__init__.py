"""The PySide6 window: panels, item models and workers over the core's Library (see app.py)."""
