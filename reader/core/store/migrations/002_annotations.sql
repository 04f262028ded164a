-- Schema version 2: annotations, their labels and the links between them.
--
-- Nothing a user writes is deleted as a side effect. A document that still has
-- annotations cannot be deleted (ON DELETE RESTRICT): the Library refuses with a sentence
-- and only deletes them when asked to explicitly. Re-importing a changed document updates
-- its row in place (an upsert, never INSERT OR REPLACE) and re-anchors its annotations; the
-- ones that cannot be found again become orphans and keep their quote, context and note.
-- Links go with their annotations: deleting an annotation is an explicit, undoable act.

CREATE TABLE labels (
    name     TEXT PRIMARY KEY COLLATE NOCASE,
    color    TEXT NOT NULL,                       -- '#rrggbb'
    builtin  INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL                     -- display order
);
INSERT INTO labels (name, color, builtin, position) VALUES
    ('Claim',    '#f6c343', 1, 0),
    ('Evidence', '#7cc47f', 1, 1),
    ('Question', '#6fa8dc', 1, 2);

CREATE TABLE annotations (
    id       TEXT PRIMARY KEY,                    -- uuid
    doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
    start    INTEGER NOT NULL,                    -- TextPositionSelector, code points
    "end"    INTEGER NOT NULL,
    exact    TEXT NOT NULL,                       -- TextQuoteSelector
    prefix   TEXT NOT NULL DEFAULT '',
    suffix   TEXT NOT NULL DEFAULT '',
    label    TEXT REFERENCES labels (name) ON DELETE RESTRICT,
    note     TEXT NOT NULL DEFAULT '',            -- Markdown
    tags     TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings, in the user's order
    created  TEXT NOT NULL,
    modified TEXT NOT NULL,
    state    TEXT NOT NULL DEFAULT 'anchored'
             CHECK (state IN ('anchored', 'moved', 'orphaned')),
    rev      INTEGER NOT NULL                     -- meta 'rev' of the last change, for the index
);
CREATE INDEX annotations_doc ON annotations (doc_id, start);
CREATE INDEX annotations_label ON annotations (label);
CREATE INDEX annotations_rev ON annotations (rev);

-- Annotations deleted after a revision, so the annotation index can drop them.
CREATE TABLE deleted_annotations (
    id  TEXT PRIMARY KEY,
    rev INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE links (
    id       TEXT PRIMARY KEY,                    -- uuid
    source   TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    target   TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('same-claim', 'supports', 'contradicts')),
    created  TEXT NOT NULL,
    CHECK (source <> target)
);
CREATE INDEX links_source ON links (source);
CREATE INDEX links_target ON links (target);
CREATE UNIQUE INDEX links_unique ON links (source, target, relation);
