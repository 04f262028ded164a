"""Parallax: a reader and annotator for comparing sources across languages."""

__version__ = "0.1.0"
