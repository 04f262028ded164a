-- Schema version 3: metadata field names settled, and each document's original bytes kept.
--
-- Metadata is one JSON object per document; its fields are now named author, published
-- (an ISO date), site, url, description, language, pages. Earlier imports wrote 'date' and
-- 'publisher' for two of them.
UPDATE documents
SET metadata = json_remove(
        json_set(metadata, '$.published', json_extract(metadata, '$.date')), '$.date')
WHERE json_extract(metadata, '$.date') IS NOT NULL
  AND json_extract(metadata, '$.published') IS NULL;
UPDATE documents
SET metadata = json_remove(
        json_set(metadata, '$.site', json_extract(metadata, '$.publisher')), '$.publisher')
WHERE json_extract(metadata, '$.publisher') IS NOT NULL
  AND json_extract(metadata, '$.site') IS NULL;

-- The bytes of every imported file (or fetched page), content-addressed by SHA-256, so a
-- better extractor can re-extract a document without the user's file. They live in the
-- store, so every backup holds them too. A blob no document points to is deleted with its
-- last document.
CREATE TABLE originals (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);

CREATE TABLE document_originals (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES originals (sha256),
    name   TEXT NOT NULL                          -- the file's name, e.g. report.pdf
) WITHOUT ROWID;
CREATE INDEX document_originals_sha ON document_originals (sha256);
