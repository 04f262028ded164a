-- Parallax library store, schema version 1. Later versions are numbered files in migrations/.
-- The store is the single source of truth; the search index is derived from it.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- rev is a library-wide counter bumped by every document change; the index remembers
-- the last rev it has seen and catches up from there.
INSERT INTO meta (key, value) VALUES ('rev', '0');

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    format          TEXT NOT NULL,
    lang            TEXT NOT NULL DEFAULT 'und',
    lang_confidence REAL NOT NULL DEFAULT 0,
    paragraphs      TEXT NOT NULL DEFAULT '[]',   -- JSON [[start, end, lang, conf, kind, boilerplate], ...]
    display_html    TEXT,
    metadata        TEXT NOT NULL DEFAULT '{}',   -- JSON object of strings
    imported_at     TEXT NOT NULL,
    modified_at     TEXT NOT NULL,
    rev             INTEGER NOT NULL
);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_hash ON documents (content_hash);
CREATE INDEX documents_rev ON documents (rev);
CREATE INDEX documents_lang ON documents (lang);

CREATE TABLE deleted_documents (
    id  TEXT PRIMARY KEY,
    rev INTEGER NOT NULL
) WITHOUT ROWID;
