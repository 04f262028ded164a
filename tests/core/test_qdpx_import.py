# ruff: noqa: E501  (the project files below are written the way the tools write them)
"""REFI-QDA import: Parallax's own .qdpx back, and projects written the way other tools do.

The QualCoder- and NVivo-style files are built here with the traits of those programs'
.qde output (see QualCoder's refi.py and its tracker): QualCoder writes ``sources/`` with
``internal://`` paths, a category as a non-codable code holding codes, the selected text
as the selection's ``name``, one selection per coding, CRLF line endings on request;
NVivo writes GUIDs in capitals, a ``Sources/`` folder, notes as ``Note`` elements tied to
a selection by a ``Link``, several codings on one selection and positions counted in
UTF-16 units (.NET strings).
"""

from __future__ import annotations

import io
import uuid
import zipfile
from pathlib import Path

import pytest

from reader.core.errors import InvalidValue
from reader.core.export import ExportOptions
from reader.core.library import Library
from tests.annotation_helpers import annotate_seeds, state

NS = "urn:QDA-XML:project:1.0"


def _highlights(library: Library) -> list[tuple[str, str | None, str, tuple[str, ...], str]]:
    """(quote, label, note, tags, document title) of every highlight, sorted."""
    titles = {s.id: s.title for s in library.documents.summaries()}
    return sorted(
        (a.selector.exact, a.label, a.note, a.tags, titles[a.doc_id])
        for a in library.annotations.query()
    )


def _export(library: Library, tmp_path: Path, crlf: bool = False) -> Path:
    out = tmp_path / ("crlf.qdpx" if crlf else "project.qdpx")
    library.exports.render("qdpx", ExportOptions(crlf=crlf)).write(out)
    return out


@pytest.mark.parametrize("crlf", [False, True])
def test_a_parallax_project_comes_back_whole_into_a_fresh_library(
    library: Library, tmp_path: Path, crlf: bool,
) -> None:
    annotate_seeds(library)
    path = _export(library, tmp_path, crlf)
    with Library(tmp_path / "fresh", seed_if_empty=False) as fresh:
        report = fresh.imports.qdpx(path)
        assert len(report.documents_new) == 5 and not report.problems
        assert len(report.annotations.added) == 5
        assert _highlights(fresh) == _highlights(library)
        colors = {lab.name: lab.color for lab in fresh.annotations.labels()}
        assert colors["Key figure"] == "#ff8800"
        assert sorted(k.relation for k in fresh.annotations.all_links()) == sorted(
            k.relation for k in library.annotations.all_links())
        for annotation in fresh.annotations.query():
            text = fresh.documents.get(annotation.doc_id).text
            assert text[annotation.selector.start:annotation.selector.end] == \
                annotation.selector.exact
            assert annotation.state == "anchored"
        snapshot, rev = state(fresh), fresh.store.current_rev()
        again = fresh.imports.qdpx(path)
        assert not again.annotations.changed and len(again.documents_existing) == 5
        assert state(fresh) == snapshot and fresh.store.current_rev() == rev


def test_importing_its_own_export_changes_nothing(library: Library, tmp_path: Path) -> None:
    annotate_seeds(library)
    path = _export(library, tmp_path)
    snapshot = state(library)
    report = library.imports.qdpx(path)
    assert len(report.annotations.unchanged) == 5 and not report.annotations.changed
    assert state(library) == snapshot


# ------------------------------------------------------------------ other tools' files


def _zip(path: Path, qde: str, files: dict[str, bytes], qde_name: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(qde_name, qde.encode("utf-8"))
        for name, data in files.items():
            archive.writestr(name, data)
    return path


INTERVIEW = ("Interviewer: How did the project start?\r\n"
             "Anna: We had no money at all, so we borrowed laptops.\r\n"
             "Interviewer: And the funding?\r\n"
             "Anna: It came late — after the first prototype worked.\r\n")


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_a_qualcoder_project_keeps_every_coding(empty_library: Library, tmp_path: Path) -> None:
    source_guid = str(uuid.uuid4())
    cat, money, late = (str(uuid.uuid4()) for _ in range(3))
    sel = [str(uuid.uuid4()) for _ in range(3)]
    user = str(uuid.uuid4())
    s1, e1 = _span(INTERVIEW, "We had no money at all")
    s2, e2 = _span(INTERVIEW, "It came late")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  name="interviews.qda" origin="QualCoder 3.5" creatingUserGUID="{user}">
<Users><User guid="{user}" name="default"/></Users>
<CodeBook><Codes>
<Code guid="{cat}" name="Resources" isCodable="false"><Description>category</Description>
<Code guid="{money}" name="money" isCodable="true" color="#F781F3"><Description>about money</Description></Code>
</Code>
<Code guid="{late}" name="timing" isCodable="true" color="#81BEF7"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="{source_guid}" name="interview1.txt" plainTextPath="internal://{source_guid}.txt" creatingUser="{user}" creationDateTime="2024-03-01T10:00:00Z">
<Description>first interview</Description>
<PlainTextSelection guid="{sel[0]}" name="We had no money at all" startPosition="{s1}" endPosition="{e1}" creatingUser="{user}" creationDateTime="2024-03-01T10:05:00Z">
<Description>the start-up phase</Description>
<Coding guid="{uuid.uuid4()}" creatingUser="{user}"><CodeRef targetGUID="{money}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="{sel[1]}" name="It came late" startPosition="{s2}" endPosition="{e2}" creatingUser="{user}" creationDateTime="2024-03-01T10:06:00Z">
<Coding guid="{uuid.uuid4()}" creatingUser="{user}"><CodeRef targetGUID="{late}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="{sel[2]}" name="It came late" startPosition="{s2}" endPosition="{e2}" creatingUser="{user}" creationDateTime="2024-03-01T10:07:00Z">
<Coding guid="{uuid.uuid4()}" creatingUser="{user}"><CodeRef targetGUID="{money}"/></Coding>
</PlainTextSelection>
</TextSource>
</Sources>
</Project>"""
    path = _zip(tmp_path / "qualcoder.qdpx", qde,
                {f"sources/{source_guid}.txt": b"\xef\xbb\xbf" + INTERVIEW.encode("utf-8")})
    report = empty_library.imports.qdpx(path)
    assert len(report.documents_new) == 1 and not report.problems, report.problems
    doc = empty_library.documents.get(report.documents_new[0])
    assert doc.title == "interview1"
    found = {a.id: a for a in empty_library.annotations.query()}
    assert set(found) == set(sel)
    first = found[sel[0]]
    assert doc.text[first.selector.start:first.selector.end] == "We had no money at all"
    assert first.label == "Resources/money" and first.note == "the start-up phase"
    assert {found[sel[1]].label, found[sel[2]].label} == {"timing", "Resources/money"}
    assert all(doc.text[a.selector.start:a.selector.end] == "It came late"
               for a in (found[sel[1]], found[sel[2]]))
    colors = {lab.name: lab.color for lab in empty_library.annotations.labels()}
    assert colors["Resources/money"] == "#f781f3" and colors["timing"] == "#81bef7"
    assert first.created == "2024-03-01T10:05:00Z"
    again = empty_library.imports.qdpx(path)
    assert not again.annotations.changed and len(again.annotations.unchanged) == 3


def test_an_nvivo_project_keeps_every_coding(empty_library: Library, tmp_path: Path) -> None:
    def guid() -> str:
        return str(uuid.uuid4()).upper()

    text = ("Teachers said the new curriculum 📚 was rushed.\r\n"
            "Parents were not consulted at all.\r\n")
    source, inline, picture, user = guid(), guid(), guid(), guid()
    parent, child, other = guid(), guid(), guid()
    selection, second, note, link = guid(), guid(), guid(), guid()
    quote = "was rushed"
    start = text.index(quote)
    # NVivo counts UTF-16 code units: the emoji is two of them.
    u16_start = len(text[:start].encode("utf-16-le")) // 2
    u16_end = u16_start + len(quote)
    p_start, p_end = _span(text, "Parents were not consulted")
    p_start16 = len(text[:p_start].encode("utf-16-le")) // 2
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="Curriculum" origin="NVivo 14" xmlns="{NS}">
<Users><User guid="{user}" name="R. Researcher"/></Users>
<CodeBook><Codes>
<Code guid="{parent}" name="Concerns" isCodable="true">
<Code guid="{child}" name="pace" isCodable="true" color="#C00000"/>
</Code>
<Code guid="{other}" name="Stakeholders" isCodable="true"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="{source}" name="Focus group 1" plainTextPath="{source}.txt" creatingUser="{user}">
<PlainTextSelection guid="{selection}" name="{quote}" startPosition="{u16_start}" endPosition="{u16_end}" creatingUser="{user}" creationDateTime="2023-05-02T08:00:00Z">
<Coding guid="{guid()}"><CodeRef targetGUID="{child}"/></Coding>
<Coding guid="{guid()}"><CodeRef targetGUID="{other}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="{{{second}}}" name="Parents were not consulted" startPosition="{p_start16}" endPosition="{p_start16 + 26}" creatingUser="{user}">
<Coding guid="{guid()}"><CodeRef targetGUID="{other}"/></Coding>
</PlainTextSelection>
</TextSource>
<TextSource guid="{inline}" name="Memo text"><PlainTextContent>An inline source, coded whole.</PlainTextContent>
<Coding guid="{guid()}"><CodeRef targetGUID="{parent}"/></Coding>
</TextSource>
<PictureSource guid="{picture}" name="photo.jpg" path="internal://{picture}.jpg"/>
</Sources>
<Notes>
<Note guid="{note}" name="Annotation" plainTextPath="internal://{note}.txt"/>
</Notes>
<Links><Link guid="{link}" name="Annotation" direction="OneWay" originGUID="{note}" targetGUID="{selection}"/></Links>
</Project>"""
    path = _zip(tmp_path / "nvivo.qdpx", qde, {
        f"Sources/{source}.txt": text.encode("utf-8"),
        f"Sources/{note}.txt": "\ufeffAsked twice in the session.".encode(),
    }, qde_name="Curriculum.qde")
    report = empty_library.imports.qdpx(path)
    assert len(report.documents_new) == 2
    assert any("picture source 'photo.jpg'" in p for p in report.problems), report.problems
    found = {a.id: a for a in empty_library.annotations.query()}
    first = found[selection.lower()]
    doc = empty_library.documents.get(first.doc_id)
    assert doc.title == "Focus group 1"
    assert doc.text[first.selector.start:first.selector.end] == quote
    assert first.label == "Concerns/pace" and first.tags == ("Stakeholders",)
    assert first.note == "Asked twice in the session."
    braced = found[second.lower()]
    assert doc.text[braced.selector.start:braced.selector.end] == "Parents were not consulted"
    whole = [a for a in found.values() if a.label == "Concerns"]
    assert len(whole) == 1 and whole[0].selector.exact == "An inline source, coded whole."
    assert len(found) == 3
    again = empty_library.imports.qdpx(path)
    assert not again.annotations.changed


def test_a_bare_qde_with_inline_text_imports(empty_library: Library, tmp_path: Path) -> None:
    code, source, sel = (str(uuid.uuid4()) for _ in range(3))
    qde = tmp_path / "inline.qde"
    qde.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="x" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="theme" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="{source}" name="notes"><PlainTextContent>Alpha beta gamma delta.</PlainTextContent>
<PlainTextSelection guid="{sel}" startPosition="6" endPosition="10">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>""", encoding="utf-8")
    report = empty_library.imports.qdpx(qde)
    (annotation,) = empty_library.annotations.query()
    assert annotation.selector.exact == "beta" and annotation.label == "theme"
    assert len(report.documents_new) == 1


@pytest.mark.parametrize("content, message", [
    (b"not a zip and not xml", "not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Project name="x"/>',
     "declares a DTD"),
    (b'<?xml version="1.0"?><Other/>', "not a REFI-QDA project"),
])
def test_bad_projects_get_one_sentence(empty_library: Library, tmp_path: Path,
                                       content: bytes, message: str) -> None:
    path = tmp_path / "bad.qde"
    path.write_bytes(content)
    with pytest.raises(InvalidValue, match=message) as caught:
        empty_library.imports.qdpx(path)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
    assert empty_library.annotations.query() == []


def test_a_zip_without_a_project_file_is_refused(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "nothing here")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InvalidValue, match="holds no project.qde"):
        empty_library.imports.qdpx(path)


def test_positions_counted_without_the_cr_and_sources_sharing_a_name(
    empty_library: Library, tmp_path: Path,
) -> None:
    # Two sources named alike (MAXQDA allows it), CRLF files, a writer counting LF only.
    code = str(uuid.uuid4())
    parts = []
    files = {}
    expected = {}
    for n, quote in enumerate(("And the funding?", "after the first prototype worked")):
        guid, sel = str(uuid.uuid4()), str(uuid.uuid4())
        text = INTERVIEW + f"Note {n}.\r\n"
        lf = text.replace("\r\n", "\n")
        start = lf.index(quote)
        parts.append(f"""<TextSource guid="{guid}" name="Interview" plainTextPath="internal://{guid}.txt">
<PlainTextSelection guid="{sel}" name="{quote}" startPosition="{start}" endPosition="{start + len(quote)}">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection></TextSource>""")
        files[f"sources/{guid}.txt"] = text.encode("utf-8")
        expected[sel] = quote
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="maxqda" origin="MAXQDA 2022" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="Funding" isCodable="true" color="#00FF00"/></Codes></CodeBook>
<Sources>{"".join(parts)}</Sources></Project>"""
    path = _zip(tmp_path / "maxqda.qdpx", qde, files)
    report = empty_library.imports.qdpx(path)
    assert len(report.documents_new) == 2 and not report.problems
    for annotation in empty_library.annotations.query():
        text = empty_library.documents.get(annotation.doc_id).text
        assert text[annotation.selector.start:annotation.selector.end] == expected[annotation.id]
    assert len({a.doc_id for a in empty_library.annotations.query()}) == 2
    again = empty_library.imports.qdpx(path)
    assert len(again.documents_existing) == 2 and not again.annotations.changed


def test_a_bare_qde_cannot_read_files_outside_its_folder(
    empty_library: Library, tmp_path: Path,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private key material", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    qde = project / "evil.qde"
    qde.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="x" xmlns="{NS}"><Sources>
<TextSource guid="{uuid.uuid4()}" name="s" plainTextPath="../secret.txt"/>
<TextSource guid="{uuid.uuid4()}" name="t" plainTextPath="internal://../../secret.txt"/>
</Sources></Project>""", encoding="utf-8")
    report = empty_library.imports.qdpx(qde)
    assert not report.documents_new and len(report.problems) == 2
    assert all("not in the file" in p for p in report.problems)
    assert empty_library.documents.summaries() == []


def test_positions_counted_in_utf8_bytes_are_read_when_the_name_shows_it(
    empty_library: Library, tmp_path: Path,
) -> None:
    text = "Über die Größe der Förderung wurde lange gestritten; am Ende gab es mehr Geld."
    quote = "am Ende gab es mehr Geld"
    start = len(text[:text.index(quote)].encode("utf-8"))  # a writer counting bytes
    code, source, sel = (str(uuid.uuid4()) for _ in range(3))
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="bytes" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="outcome" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="{source}" name="Protokoll" plainTextPath="internal://{source}.txt">
<PlainTextSelection guid="{sel}" name="{quote}" startPosition="{start}" endPosition="{start + len(quote)}">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>"""
    path = _zip(tmp_path / "bytes.qdpx", qde, {f"sources/{source}.txt": text.encode("utf-8")})
    empty_library.imports.qdpx(path)
    (annotation,) = empty_library.annotations.query()
    doc_text = empty_library.documents.get(annotation.doc_id).text
    assert doc_text[annotation.selector.start:annotation.selector.end] == quote


def test_a_pdf_source_comes_in_as_its_text(empty_library: Library, tmp_path: Path) -> None:
    code, pdf, rep, sel = (str(uuid.uuid4()) for _ in range(4))
    text = "The report finds that rents rose by 12 percent in two years."
    quote = "rents rose by 12 percent"
    start = text.index(quote)
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="pdf" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="housing" isCodable="true"/></Codes></CodeBook>
<Sources><PDFSource guid="{pdf}" name="report.pdf" path="internal://{pdf}.pdf">
<PDFSelection guid="{uuid.uuid4()}" page="1" firstX="1" firstY="1" secondX="9" secondY="9">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PDFSelection>
<Representation guid="{rep}" plainTextPath="internal://{rep}.txt">
<PlainTextSelection guid="{sel}" startPosition="{start}" endPosition="{start + len(quote)}">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>
</Representation></PDFSource></Sources></Project>"""
    path = _zip(tmp_path / "pdf.qdpx", qde, {f"sources/{rep}.txt": text.encode("utf-8"),
                                             f"sources/{pdf}.pdf": b"%PDF-1.4"})
    report = empty_library.imports.qdpx(path)
    assert len(report.documents_new) == 1
    assert any("1 coding of page areas was not" in p for p in report.problems)
    (annotation,) = empty_library.annotations.query()
    assert annotation.selector.exact == quote and annotation.label == "housing"
    assert empty_library.documents.get(annotation.doc_id).title == "report"


def test_an_empty_source_and_an_end_past_the_text_are_handled(
    empty_library: Library, tmp_path: Path,
) -> None:
    code, full, empty, sel, lost = (str(uuid.uuid4()) for _ in range(5))
    text = "Short text ending with a coded phrase"
    start = text.index("a coded phrase")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="edges" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="c" isCodable="true"/></Codes></CodeBook><Sources>
<TextSource guid="{full}" name="full"><PlainTextContent>{text}</PlainTextContent>
<PlainTextSelection guid="{sel}" startPosition="{start}" endPosition="{len(text) + 2}">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>
</TextSource>
<TextSource guid="{empty}" name="blank"><PlainTextContent>   </PlainTextContent>
<PlainTextSelection guid="{lost}" startPosition="0" endPosition="2">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>"""
    path = tmp_path / "edges.qde"
    path.write_text(qde, encoding="utf-8")
    report = empty_library.imports.qdpx(path)
    assert report.problems == [
        "The text source 'blank' is empty; it and its 1 coding were not imported."]
    (annotation,) = empty_library.annotations.query()
    assert annotation.selector.exact == "a coded phrase"


def test_without_names_the_counting_that_keeps_words_whole_wins(
    empty_library: Library, tmp_path: Path,
) -> None:
    # CRLF text, positions counted on LF text, and no selection names (as some writers do):
    # read as code points of the stored text, every span would cut words in two.
    lines = ["Line one talks about housing.", "Line two talks about rents and wages.",
             "Line three names the mayor, Ada Fischer.", "Line four is about transport."]
    text = "\r\n".join(lines) + "\r\n"
    lf = text.replace("\r\n", "\n")
    quotes = ["rents and wages", "Ada Fischer", "transport"]
    code, source = str(uuid.uuid4()), str(uuid.uuid4())
    selections = []
    for quote in quotes:
        start = lf.index(quote)
        selections.append(f"""<PlainTextSelection guid="{uuid.uuid4()}" startPosition="{start}" endPosition="{start + len(quote)}">
<Coding guid="{uuid.uuid4()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>""")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="noname" xmlns="{NS}"><CodeBook><Codes>
<Code guid="{code}" name="topic" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="{source}" name="Notes" plainTextPath="internal://{source}.txt">
{"".join(selections)}</TextSource></Sources></Project>"""
    path = _zip(tmp_path / "noname.qdpx", qde, {f"sources/{source}.txt": text.encode("utf-8")})
    empty_library.imports.qdpx(path)
    found = sorted(a.selector.exact for a in empty_library.annotations.query())
    assert found == sorted(quotes)
