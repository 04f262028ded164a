"""Full-text search: the whoosh indexes of documents and annotations, split by concern.

Nothing is imported here: `parallax list` and `--version` must not load whoosh. Import
the module that holds what you need (``reader.core.search.index`` and so on).
"""
