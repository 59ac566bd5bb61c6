-- schema.sql: the tables of a tekdip database; tekdip(5) explains each one.
-- tekdip-mkdb runs this file, then fills the tables from the data/*.txt sources.

CREATE TABLE kind (
	pos        INTEGER PRIMARY KEY,	-- display and ranking order
	slug       TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	name_en    TEXT NOT NULL,
	plural     TEXT NOT NULL,
	plural_en  TEXT NOT NULL,
	gloss      TEXT NOT NULL,
	count      INTEGER NOT NULL DEFAULT 0	-- its concepts: the builder counts them
);

CREATE TABLE relation (
	pos        INTEGER PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,	-- read from the source concept
	name_en    TEXT NOT NULL,
	inverse    TEXT NOT NULL,	-- read from the target (backlinks)
	inverse_en TEXT NOT NULL
);

-- Ids follow the display order (kind, fold, slug), which the builder
-- checks: a kind's concepts and every search tier then come in id order,
-- straight from an index, with no sort.
CREATE TABLE concept (
	id         INTEGER PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	kind       INTEGER NOT NULL REFERENCES kind(pos),
	name       TEXT NOT NULL,
	name_en    TEXT NOT NULL,
	gloss      TEXT NOT NULL,
	summary    TEXT NOT NULL,	-- Indonesian, as the articles are
	role       TEXT,
	date       TEXT,		-- ISO 8601: a day, a month, a year, or START/END
	fold       TEXT NOT NULL,	-- folded name: sort key and exact-match key
	summary_en TEXT NOT NULL DEFAULT '',	-- the summary in English: the same facts
	vi         TEXT		-- the full Vietnamese spelling, where the name lacks it
);
CREATE INDEX concept_kind ON concept(kind);
CREATE INDEX concept_fold ON concept(fold);
-- the timeline's order, a page at a time (the reader works without it, slower)
CREATE INDEX concept_date ON concept(date) WHERE date IS NOT NULL AND date <> '';

CREATE TABLE article (
	id         INTEGER PRIMARY KEY REFERENCES concept(id),
	file       TEXT,
	title      TEXT,		-- NULL where the article states none
	outlet     TEXT,
	url        TEXT		-- the article's date is concept.date
);

-- An article's full text, paragraph by paragraph as its seed gives them
-- (one line of data/articles/FILE each; blank lines are not paragraphs).
-- `offset` is the byte offset of the paragraph's first byte in the seed,
-- the same count as citation.offset, so a quote is found in its paragraph.
CREATE TABLE paragraph (
	article    INTEGER NOT NULL REFERENCES concept(id),
	pos        INTEGER NOT NULL,	-- 1, 2, ... in the article's order
	offset     INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article, pos)
) WITHOUT ROWID;

CREATE TABLE alias (
	concept    INTEGER NOT NULL REFERENCES concept(id),
	pos        INTEGER NOT NULL,
	alias      TEXT NOT NULL,
	fold       TEXT NOT NULL,
	PRIMARY KEY (concept, pos)
) WITHOUT ROWID;
CREATE INDEX alias_fold ON alias(fold);

CREATE TABLE citation (
	id         INTEGER PRIMARY KEY,
	concept    INTEGER NOT NULL REFERENCES concept(id),
	article    INTEGER NOT NULL REFERENCES concept(id),
	offset     INTEGER NOT NULL,	-- byte offset of the quote in the article
	quote      TEXT NOT NULL
);
CREATE INDEX citation_concept ON citation(concept);
CREATE INDEX citation_article ON citation(article, offset);

CREATE TABLE link (
	id         INTEGER PRIMARY KEY,
	src        INTEGER NOT NULL REFERENCES concept(id),
	relation   INTEGER NOT NULL REFERENCES relation(pos),
	dst        INTEGER NOT NULL REFERENCES concept(id),
	article    INTEGER NOT NULL REFERENCES concept(id),
	quote      TEXT NOT NULL,
	offset     INTEGER NOT NULL DEFAULT -1	-- byte offset of the quote in the article
);
CREATE INDEX link_src ON link(src, relation, dst);	-- covers a page of links
CREATE INDEX link_dst ON link(dst, relation, src);
CREATE INDEX link_article ON link(article, offset);	-- an article's passages

CREATE TABLE list (
	id         INTEGER PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	name_en    TEXT NOT NULL,
	article    INTEGER NOT NULL REFERENCES concept(id),
	offset     INTEGER NOT NULL,
	quote      TEXT NOT NULL,
	count      INTEGER NOT NULL DEFAULT 0,	-- its items: the builder counts them
	summary    TEXT NOT NULL DEFAULT '',
	summary_en TEXT NOT NULL DEFAULT ''
);

CREATE INDEX list_article ON list(article, offset);	-- the home view's order

CREATE TABLE list_item (
	list       INTEGER NOT NULL REFERENCES list(id),
	pos        INTEGER NOT NULL,
	concept    INTEGER NOT NULL REFERENCES concept(id),
	PRIMARY KEY (list, pos)
) WITHOUT ROWID;
CREATE INDEX list_item_concept ON list_item(concept);

-- What a list is about: "Bidang kerja sama yang dijanjikan Korea" is about
-- Korea, whose page shows it under "Lists about it".
CREATE TABLE list_about (
	list       INTEGER NOT NULL REFERENCES list(id),
	pos        INTEGER NOT NULL,
	concept    INTEGER NOT NULL REFERENCES concept(id),
	PRIMARY KEY (list, pos)
) WITHOUT ROWID;
CREATE INDEX list_about_concept ON list_about(concept);

-- Full-text index over the texts as the search reads them (text_index_form:
-- folded, "R&D" and "4.0" kept whole, hence the token characters): rowid is
-- concept.id, or 2^40 + list.id for a list (lists are found beside concepts).
-- Contentless: the reader takes only rowids from it, the text it shows is
-- in concept, so FTS5 keeps no second copy of the folded text.
CREATE VIRTUAL TABLE search USING fts5(
	name, alias, en, summary, quote,
	content = '',
	tokenize = 'unicode61 remove_diacritics 0 tokenchars ''&.''',
	prefix = '1 2 3'
);

-- Every term of the full-text index, copied from it when the database is
-- built: the reader spells a typed prefix out as the few terms it stands
-- for, which FTS5 streams, where a prefix of four letters or more makes it
-- merge every matching term's postings before the first row.
-- `freq`, the rows that hold it, ranks the suggestions for a misspelt word.
CREATE TABLE term (
	term       TEXT PRIMARY KEY,
	freq       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Whatever a search for it should put first: each concept's and list's
-- name, English name, aliases and acronyms (of the name and of the English
-- name), as the search reads them (text_index_form); id as in `search`.
CREATE TABLE exact (
	key        TEXT NOT NULL,
	id         INTEGER NOT NULL,
	PRIMARY KEY (key, id)
) WITHOUT ROWID;
