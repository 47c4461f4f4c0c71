"""The Qt (PySide6) window of the workstation: the only package that imports Qt."""
