"""Readers: every input format, ids, language detection and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_paths
from kg.model import Article, PartialDate

GERMAN = "Der russische Präsident Wladimir Putin telefonierte am Mittwoch mit Xi Jinping."
ENGLISH = "Russian President Vladimir Putin spoke by phone with Xi Jinping on Wednesday."


def _read(*paths: Path) -> list[Article | InputError]:
    return list(read_paths(paths))


def test_text_file_id_is_file_name_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "putin-call.de.txt"
    path.write_text(GERMAN + "\r\n", encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert (article.id, article.lang, article.text) == ("putin-call.de", "de", GERMAN)


def test_markdown_and_english_detection(tmp_path: Path) -> None:
    path = tmp_path / "call.md"
    path.write_text(ENGLISH, encoding="utf-8")
    [article] = _read(path)
    assert article.lang == "en"


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    body = " ".join([GERMAN] * 3)
    page = f"""<html lang="de"><head><title>Telefonat</title></head><body>
      <nav><a href="/">Startseite</a> <a href="/politik">Politik</a> Menü Impressum</nav>
      <article><h1>Putin und Xi telefonieren</h1><p>{body}</p><p>{GERMAN}</p></article>
      <footer>Cookie-Einstellungen Datenschutz Kontakt</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert "Wladimir Putin telefonierte" in article.text
    assert "Cookie" not in article.text and "Startseite" not in article.text
    assert article.lang == "de"


def test_jsonl_fields_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a1", "url": "https://example.org/a1", "title": "T", "lang": "de", "published": "2026-02-04",
         "text": GERMAN},
        {"text": ENGLISH},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    first, second = _read(path)
    assert first.id == "a1" and first.published == PartialDate(2026, 2, 4) and first.url.endswith("/a1")
    assert second.id == "batch-2" and second.lang == "en" and second.published is None


def test_directories_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "one.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [a.id for a in _read(tmp_path)] == ["two", "one"]  # sorted by path: b/two.txt < one.txt


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    (b"Caf\xe9 au lait", "invalid UTF-8 at byte 3"),
    (b"   \n\t\n", "empty article"),
])
def test_bad_text_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = _read(path)
    assert isinstance(error, InputError)
    assert message in str(error) and str(path) in str(error)


def test_bad_jsonl_lines_are_reported_with_line_numbers_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps({"id": "ok1", "text": GERMAN}).encode(),
        b'{"id": "broken", "text": ',
        json.dumps({"id": "notext"}).encode(),
        json.dumps({"id": "empty", "text": "  "}).encode(),
        b'["a list"]',
        json.dumps({"id": "lang", "text": GERMAN, "lang": "fr"}).encode(),
        b'{"id": "latin1", "text": "Caf\xe9"}',
        json.dumps({"id": "ok2", "text": ENGLISH}).encode(),
    ]))
    items = _read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["ok1", "ok2"]
    errors = {e.line: e.message for e in items if isinstance(e, InputError)}
    assert set(errors) == {2, 3, 4, 5, 6, 7}
    assert "malformed JSON" in errors[2] and "'text'" in errors[3] and "empty" in errors[4]
    assert "object" in errors[5] and "unsupported language" in errors[6] and "UTF-8" in errors[7]
    assert all(f"{path}:{line}" in str(e) for e in items if isinstance(e, InputError) for line in [e.line])


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    other = tmp_path / "doc.pdf"
    other.write_bytes(b"%PDF-1.4")
    unsupported, missing = _read(other, tmp_path / "nope.txt")
    assert "unsupported file type '.pdf'" in str(unsupported)
    assert "no such file" in str(missing)
