"""The baseline: what a bare whoosh + langdetect script does with the same corpus and queries.

Same schema fields as Parallax (``reader.core.search.schema.build_schema``), with whoosh's own
``LanguageAnalyzer`` in the language fields, and the neutral body and the title stored so
that whoosh's own highlighter can make snippets, as a bare script would. No store, no
paragraphs, no boilerplate, no per-paragraph language tags.

- import: read each file, decode it (UTF-8, else cp1252), strip HTML tags, take the first
  line as the title, detect the language of the document (langdetect-rs, seeded; langdetect
  when it is missing), and write with ``procs=2, multisegment=True``;
- search: a ``MultifieldParser`` over title, body and every ``body_<lang>`` field present
  (AND by default, fuzzy terms on), top 10, snippets from ``hit.highlights``;
- update: one changed file re-read, re-detected and written with a single writer.

Usage::

    python benchmarks/bare_whoosh.py import CORPUS_DIR INDEX_DIR
    python benchmarks/bare_whoosh.py search INDEX_DIR "query" ["query" ...]
"""

from __future__ import annotations

import html
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import whoosh.index  # noqa: E402
from whoosh import qparser  # noqa: E402
from whoosh.analysis import LanguageAnalyzer  # noqa: E402
from whoosh.fields import TEXT, Schema  # noqa: E402
from whoosh.formats import Characters  # noqa: E402

from reader.core.search.schema import STEMMED_LANGUAGES, body_field, build_schema  # noqa: E402

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
BULK_PROCS = 2
LIMIT_MB = 256

_DROP = re.compile(r"<(script|style|head|nav)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def detector() -> Any:
    """langdetect-rs when installed, else langdetect; seeded for stable tags."""
    try:
        import langdetect_rs as module
    except ImportError:  # pragma: no cover - the fallback
        import langdetect as module  # type: ignore[no-redef]
    module.DetectorFactory.seed = 0
    return module


def bare_schema() -> Schema:
    """Parallax's fields, with whoosh's own ``LanguageAnalyzer`` (stop words, its Snowball
    stemmer) in the language fields, and the title and neutral body stored for
    highlighting."""
    schema = build_schema()
    schema["title"].stored = True
    schema["body"].stored = True
    # whoosh's own positions format (Parallax's compact one writes the same postings).
    schema["body"].format = Characters(field_boost=schema["body"].format.field_boost)
    for code in STEMMED_LANGUAGES:
        schema.remove(body_field(code))
        schema.add(body_field(code), TEXT(analyzer=LanguageAnalyzer(code, cachesize=50_000),
                                          phrase=True, chars=True))
    return schema


def corpus_files(folder: Path) -> list[Path]:
    """Supported files under ``folder``, sorted, hidden ones skipped."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / n for n in sorted(names)
                     if not n.startswith(".") and n.lower().endswith(SUFFIXES))
    return found


def read_text(path: Path) -> str:
    """A file's text: decoded, HTML reduced to its text."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        text = html.unescape(_TAG.sub("\n", _DROP.sub(" ", text)))
        text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return text


def detect_lang(module: Any, text: str) -> str:
    try:
        result = module.detect_langs(text)
    except module.LangDetectException:
        return "und"
    return str(result[0].lang).split("-")[0] if result else "und"


def fields_for(doc_id: str, text: str, module: Any) -> dict[str, str]:
    """The whoosh fields of one document."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    lang = detect_lang(module, text)
    fields = {"id": doc_id, "lang": lang, "title": first.lstrip("# ").strip()[:120],
              "body": text}
    if lang in STEMMED_LANGUAGES:
        fields[body_field(lang)] = text
    return fields


def bare_import(corpus: Path, index_dir: Path) -> dict[str, Any]:
    """Index every file of ``corpus`` into a new index; timings in seconds."""
    module = detector()
    index_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ix = whoosh.index.create_in(str(index_dir), bare_schema())
    writer = ix.writer(procs=BULK_PROCS, multisegment=True, limitmb=LIMIT_MB)
    files = corpus_files(corpus)
    read_s = detect_s = 0.0
    for path in files:
        t0 = time.perf_counter()
        text = read_text(path)
        t1 = time.perf_counter()
        fields = fields_for(str(path.relative_to(corpus)), text, module)
        t2 = time.perf_counter()
        read_s += t1 - t0
        detect_s += t2 - t1
        writer.add_document(**fields)
    fed = time.perf_counter()
    writer.commit()
    done = time.perf_counter()
    ix.close()
    return {"seconds": done - started, "files": len(files), "documents": len(files),
            "breakdown_s": {"read": read_s, "detect": detect_s,
                            "feed_writer": fed - started - read_s - detect_s,
                            "commit": done - fed}}


class BareSearcher:
    """An open bare index with a searcher and a parser, as a bare script would keep."""

    def __init__(self, index_dir: Path) -> None:
        self.ix = whoosh.index.open_dir(str(index_dir))
        self.searcher = self.ix.searcher()
        self._make_parser()

    def _make_parser(self) -> None:
        present = set(self.searcher.reader().indexed_field_names())
        self.body_fields = [f for f in (body_field(c) for c in STEMMED_LANGUAGES) if f in present]
        parser = qparser.MultifieldParser(["title", "body", *self.body_fields],
                                          schema=self.ix.schema, group=qparser.AndGroup)
        parser.add_plugin(qparser.FuzzyTermPlugin())
        parser.remove_plugin_class(qparser.BoostPlugin)
        self.parser = parser

    def search(self, text: str, limit: int = 10) -> dict[str, Any]:
        """Top hits with whoosh's snippets (stemmed fields highlighted when body has none)."""
        results = self.searcher.search(self.parser.parse(text), limit=limit, terms=True)
        hits = []
        for hit in results:
            snippet = hit.highlights("body")
            if not snippet:
                field = body_field(hit["lang"])
                if field in self.body_fields:
                    snippet = hit.highlights(field, text=hit["body"])
            hits.append({"id": hit["id"], "title": hit["title"], "snippet": snippet})
        return {"total": len(results), "hits": hits}

    def update(self, corpus: Path, path: Path) -> None:
        """Re-index one changed file with a single writer and refresh the searcher."""
        fields = fields_for(str(path.relative_to(corpus)), read_text(path), detector())
        writer = self.ix.writer(limitmb=LIMIT_MB)
        writer.update_document(**fields)
        writer.commit()
        self.searcher = self.searcher.refresh()

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


def _main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "import":
        print(bare_import(Path(argv[1]), Path(argv[2])))
        return 0
    if len(argv) >= 3 and argv[0] == "search":
        bare = BareSearcher(Path(argv[1]))
        for text in argv[2:]:
            t0 = time.perf_counter()
            out = bare.search(text)
            print(f"{text!r}: {out['total']} hits, {1000 * (time.perf_counter() - t0):.1f} ms")
            for hit in out["hits"][:3]:
                print(f"  {hit['title'][:60]} | {hit['snippet'][:100]}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


def iter_queries(path: Path) -> Iterator[str]:
    """Queries from a file: one a line, blank lines and ``#`` comments skipped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.strip()


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
