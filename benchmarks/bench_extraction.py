#!/usr/bin/env python3
"""Extraction quality and import speed for saved web pages and PDFs.

    bench_extraction.py PAGES_DIR [--pdf DIR] [--limit N] [--json PATH]

PAGES_DIR is a folder of real saved web pages with ground truth, laid out as
../shared/web-pages-dev: ``pages/<name>.gz`` (the page as saved), ``evaldata.json`` and its
scorer ``score.py``. Every page is imported with Parallax (``library.imports.paths``: the
article extraction, language tagging and indexing a user's import runs), the text Parallax
kept is written to ``<work>/text/<name>.txt`` and scored by the set's own ``score.py``
(snippet precision, recall, F1). Side by side, the bare extractor (``trafilatura.extract``
with default settings) is timed and scored on the same pages.

PDF speed: ``--pdf DIR`` imports the PDFs of a folder; without it, multilingual PDFs are
written from the bundled articles with Qt's QPdfWriter. Parallax's PDF pages/s are printed
beside the bare pdfminer.six and pypdf text extraction of the same files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def score(scorer: Path, evaldata: Path, text_dir: Path) -> dict[str, float]:
    """Run the set's scorer; its first line has precision, recall and F1."""
    out = subprocess.run([sys.executable, str(scorer), str(evaldata), str(text_dir)],
                         check=True, capture_output=True, text=True).stdout
    first = out.splitlines()[0]
    values = dict(re.findall(r"(precision|recall|F1|accuracy) ([0-9.]+)", first))
    return {k.lower(): float(v) for k, v in values.items()} | {"report": out}  # type: ignore[dict-item]


def unpack_pages(pages_dir: Path, names: list[str], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for name in names:
        target = out / (name if name.lower().endswith((".html", ".htm")) else name + ".html")
        target.write_bytes(gzip.decompress((pages_dir / "pages" / f"{name}.gz").read_bytes()))
        files[name] = target
    return files


def bench_html(root: Path, work: Path, limit: int | None) -> dict[str, object]:
    from reader.core.library import Library

    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    names = sorted(evaldata)[:limit] if limit else sorted(evaldata)
    work.mkdir(parents=True, exist_ok=True)
    subset = work / "evaldata.json"
    subset.write_text(json.dumps({n: evaldata[n] for n in names}), encoding="utf-8")
    files = unpack_pages(root, names, work / "html")
    for path in files.values():
        path.read_bytes()  # warm the page cache for both sides alike
    with Library(work / "library", seed_if_empty=False, auto_backup=False) as library:
        started = time.perf_counter()
        report = library.imports.paths(files.values())
        seconds = time.perf_counter() - started
        by_path = {o.path: o for o in report.outcomes}
        text_dir = work / "text"
        text_dir.mkdir()
        refused, fallbacks = [], []
        for name, path in files.items():
            outcome = by_path.get(str(path))
            if outcome is None or outcome.doc_id is None:
                refused.append(f"{name}: {outcome.message if outcome else 'not imported'}")
                continue
            if "main text was kept" in outcome.message:
                fallbacks.append(name)
            doc = library.documents.get(outcome.doc_id)
            (text_dir / f"{name}.txt").write_text(doc.text, encoding="utf-8")
    ours = score(root / "score.py", subset, text_dir)

    import trafilatura

    from reader.core.formats.webpage import parse_webpage

    started = time.perf_counter()
    for path in files.values():  # Parallax's extraction alone: no tagging, no index
        parse_webpage(path.read_bytes(), path.name)
    extract_seconds = time.perf_counter() - started

    bare_dir = work / "bare"
    bare_dir.mkdir()
    started = time.perf_counter()
    for name, path in files.items():
        text = trafilatura.extract(path.read_bytes()) or ""
        (bare_dir / f"{name}.txt").write_text(text, encoding="utf-8")
    bare_seconds = time.perf_counter() - started
    bare = score(root / "score.py", subset, bare_dir)
    return {
        "pages": len(files), "refused": refused, "fallbacks": fallbacks,
        "parallax": {k: v for k, v in ours.items() if k != "report"},
        "parallax_pages_per_s": len(files) / seconds,
        "parallax_extraction_pages_per_s": len(files) / extract_seconds,
        "bare_trafilatura": {k: v for k, v in bare.items() if k != "report"},
        "bare_pages_per_s": len(files) / bare_seconds,
        "worst": str(ours["report"]).splitlines()[1:],
    }


def write_pdfs(out: Path) -> list[Path]:
    """Multilingual PDFs from the bundled articles, one per article, via Qt's QPdfWriter."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted((REPO / "seeds").glob("*.txt")):
        body = source.read_text(encoding="utf-8")
        # Several copies make a multi-page document, as real reports are.
        text = "\n\n".join([body] * 4)
        target = out / (source.stem + ".pdf")
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(source.stem)
        document = QTextDocument()
        document.setPlainText(text)
        document.print_(writer)
        written.append(target)
    return written


def bench_pdf(pdf_dir: Path | None, work: Path) -> dict[str, object]:
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    from reader.core.formats.pdf import parse_pdf
    from reader.core.library import Library

    files = sorted(pdf_dir.rglob("*.pdf")) if pdf_dir else write_pdfs(work / "pdf")
    pages = {f: len(PdfReader(str(f)).pages) for f in files}
    total = sum(pages.values())
    with Library(work / "pdf-library", seed_if_empty=False, auto_backup=False) as library:
        started = time.perf_counter()
        report = library.imports.paths(files)
        seconds = time.perf_counter() - started
    started = time.perf_counter()
    for f in files:
        parse_pdf(f.read_bytes(), f.name)
    extract_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for f in files:
        extract_text(str(f))
    miner = time.perf_counter() - started
    started = time.perf_counter()
    for f in files:
        for page in PdfReader(str(f)).pages:
            page.extract_text()
    pypdf_s = time.perf_counter() - started
    return {
        "files": len(files), "pages": total, "failed": [o.message for o in report.failed],
        "parallax_pages_per_s": total / seconds,
        "parallax_extraction_pages_per_s": total / extract_seconds,
        "bare_pdfminer_pages_per_s": total / miner,
        "bare_pypdf_pages_per_s": total / pypdf_s,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="folder with pages/, evaldata.json, score.py")
    parser.add_argument("--pdf", type=Path, help="a folder of PDFs (default: generated ones)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF measurement")
    parser.add_argument("--json", type=Path, help="write the results as JSON here too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        work = Path(tmp)
        html = bench_html(args.pages, work / "web", args.limit)
        results: dict[str, object] = {"html": html}
        ours, bare = html["parallax"], html["bare_trafilatura"]
        assert isinstance(ours, dict) and isinstance(bare, dict)
        print(f"web pages: {html['pages']}, refused {len(html['refused'])}, "  # type: ignore[arg-type]
              f"main-text fallback {len(html['fallbacks'])}")  # type: ignore[arg-type]
        print(f"  Parallax import      P {ours['precision']:.3f}  R {ours['recall']:.3f}  "
              f"F1 {ours['f1']:.3f}  {html['parallax_pages_per_s']:.1f} pages/s (extraction "
              f"alone {html['parallax_extraction_pages_per_s']:.1f} pages/s)")
        print(f"  bare trafilatura     P {bare['precision']:.3f}  R {bare['recall']:.3f}  "
              f"F1 {bare['f1']:.3f}  {html['bare_pages_per_s']:.1f} pages/s")
        for line in html["refused"]:  # type: ignore[attr-defined]
            print(f"  refused: {line}")
        for line in html["worst"]:  # type: ignore[attr-defined]
            print(f"  {line.strip()}")
        if not args.no_pdf:
            pdf = bench_pdf(args.pdf, work / "pdf")
            results["pdf"] = pdf
            print(f"PDF: {pdf['files']} files, {pdf['pages']} pages, failed "
                  f"{len(pdf['failed'])}")  # type: ignore[arg-type]
            print(f"  Parallax import      {pdf['parallax_pages_per_s']:.1f} pages/s (extraction "
                  f"alone {pdf['parallax_extraction_pages_per_s']:.1f} pages/s)")
            print(f"  bare pdfminer.six    {pdf['bare_pdfminer_pages_per_s']:.1f} pages/s")
            print(f"  bare pypdf           {pdf['bare_pypdf_pages_per_s']:.1f} pages/s")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
