/* present.c: a presentation's deck, built from the documents of a list, a concept, results or a tour file. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "datafile.h"
#include "i18n.h"
#include "present.h"
#include "store.h"
#include "text.h"

/* The deck owns copies: the documents it is built from are freed at once. */
static void
dup_item(struct deck *d, struct doc_item *to, const struct doc_item *from)
{
	to->slug = arena_keep(&d->mem, from->slug);
	to->kind = arena_keep(&d->mem, from->kind);
	to->name = arena_keep(&d->mem, from->name);
	to->name_en = arena_keep(&d->mem, from->name_en);
	to->gloss = arena_keep(&d->mem, from->gloss);
}

static void
dup_source(struct deck *d, struct doc_source *to, const struct doc_source *from)
{
	memset(to, 0, sizeof *to);
	if (!from)
		return;
	to->slug = arena_keep(&d->mem, from->slug);
	to->name = arena_keep(&d->mem, from->name);
	to->title = arena_keep(&d->mem, from->title);
	to->outlet = arena_keep(&d->mem, from->outlet);
	to->date = arena_keep(&d->mem, from->date);
	to->url = arena_keep(&d->mem, from->url);
}

static int
begin(struct deck *d, size_t n)
{
	memset(d, 0, sizeof *d);
	if (n > PRESENT_MAX_SLIDES) {
		d->cut = 1;
		n = PRESENT_MAX_SLIDES;
	}
	if (n && !(d->v = arena_array(&d->mem, n, sizeof *d->v)))
		return STORE_ERROR;
	return STORE_OK;
}

static struct slide *
add_slide(struct deck *d, const struct doc_item *it)
{
	struct slide *s;

	if (d->cut && d->n >= PRESENT_MAX_SLIDES)
		return NULL;
	s = &d->v[d->n++];
	dup_item(d, &s->item, it);
	return s;
}

static int
finish(struct deck *d, int rc)
{
	if (rc == STORE_OK && d->mem.failed)
		rc = STORE_ERROR;
	if (rc != STORE_OK)
		present_deck_free(d);
	return rc;
}

/* The first citation of a document: where its slide's quote comes from. */
static const struct doc_ref *
first_citation(const struct doc *doc)
{
	const struct doc_section *c = &doc->sec[SEC_CITATIONS];

	return c->n && c->refs[0].quote.text ? &c->refs[0] : NULL;
}

/* A deck titled `title` of one slide per item of the document: a list's
 * members, a kind's concepts, search results. */
static int
deck_of_items(const struct doc *doc, const char *title, struct deck *out)
{
	const struct doc_section *items = &doc->sec[SEC_ITEMS];
	int rc = begin(out, items->n);

	out->title = arena_keep(&out->mem, title);
	for (size_t i = 0; rc == STORE_OK && i < items->n; i++)
		if (!add_slide(out, &items->refs[i].to))
			break;
	return rc;
}

static void
set_quote(struct deck *d, struct slide *s, const struct doc_quote *q)
{
	s->quote = arena_keep(&d->mem, q->text);
	dup_source(d, &s->src, q->src);
}

int
present_list(struct store *st, const char *slug, struct deck *out)
{
	struct doc doc;
	const struct doc_ref *cite;
	int rc = doc_list(st, slug, &doc);

	if (rc != STORE_OK) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	rc = deck_of_items(&doc, doc.self.name, out);
	out->title_en = arena_keep(&out->mem, doc.self.name_en);
	if ((cite = first_citation(&doc)))
		dup_source(out, &out->src, cite->quote.src);
	doc_free(&doc);
	return finish(out, rc);
}

/* The concept's own slide, then one for each link either way, with the
 * link's quote: the passage that states that relation. */
int
present_concept(struct store *st, const char *slug, struct deck *out)
{
	struct doc doc;
	const struct doc_ref *cite;
	struct slide *s;
	int rc = doc_concept(st, slug, PRESENT_MAX_SLIDES, &doc);

	if (rc != STORE_OK) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	rc = begin(out, 1 + doc.sec[SEC_LINKS].n + doc.sec[SEC_BACKLINKS].n);
	out->title = arena_keep(&out->mem, doc.self.name);
	out->title_en = arena_keep(&out->mem, doc.self.name_en);
	if ((cite = first_citation(&doc)))
		dup_source(out, &out->src, cite->quote.src);
	if (rc == STORE_OK && (s = add_slide(out, &doc.self)) && cite)
		set_quote(out, s, &cite->quote);
	for (int sec = SEC_LINKS; rc == STORE_OK && sec <= SEC_BACKLINKS; sec++) {
		for (size_t i = 0; i < doc.sec[sec].n; i++) {
			const struct doc_ref *r = &doc.sec[sec].refs[i];

			if (!(s = add_slide(out, &r->to)))
				break;
			s->context = r->group ? arena_keep(&out->mem, doc_group_label(r->group)) :
			    NULL;
			if (r->quote.text)
				set_quote(out, s, &r->quote);
		}
	}
	doc_free(&doc);
	return finish(out, rc);
}

int
present_target(struct store *st, const char *slug, struct deck *out)
{
	int rc = present_concept(st, slug, out);

	return rc == STORE_NOTFOUND ? present_list(st, slug, out) : rc;
}

int
present_kind(struct store *st, const char *kind, const char *title, struct deck *out)
{
	struct doc doc;
	int rc = doc_kind(st, kind, &doc);

	if (rc != STORE_OK) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	rc = deck_of_items(&doc, title ? title : kind, out);
	doc_free(&doc);
	return finish(out, rc);
}

int
present_slugs(struct store *st, const char *title, const char *const *slugs, size_t n,
    struct deck *out)
{
	struct store_items it;
	int rc = store_lookup(st, slugs, n, &it);

	if (rc != STORE_OK) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	rc = begin(out, it.n);
	out->title = arena_keep(&out->mem, title);
	for (size_t i = 0; rc == STORE_OK && i < it.n; i++) {
		struct doc_item item = { it.v[i].slug, it.v[i].kind, it.v[i].name, it.v[i].name_en, it.v[i].gloss };

		if (!add_slide(out, &item))
			break;
	}
	store_items_free(&it);
	return finish(out, rc);
}

int
present_results(struct store *st, const char *query, struct deck *out)
{
	struct doc doc;
	int rc = doc_search(st, query, 0, PRESENT_RESULTS, 60, &doc);
	char title[256];

	if (rc != STORE_OK) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	snprintf(title, sizeof title, _("Search: %s"), doc.suggestion ? doc.suggestion : query);
	rc = deck_of_items(&doc, title, out);
	doc_free(&doc);
	return finish(out, rc);
}

int
present_fill(struct store *st, struct deck *d, size_t i)
{
	struct slide *s;
	struct doc doc;
	const struct doc_ref *cite;
	int rc;

	if (i >= d->n || d->v[i].filled)
		return STORE_OK;
	s = &d->v[i];
	s->filled = 1;
	if ((rc = doc_target(st, s->item.slug, 1, &doc)) != STORE_OK)
		return rc;
	s->summary = arena_keep(&d->mem, doc.summary);
	s->summary_en = arena_keep(&d->mem, doc.summary_en);
	if (!s->quote && (cite = first_citation(&doc)))
		set_quote(d, s, &cite->quote);
	doc_free(&doc);
	return d->mem.failed ? STORE_ERROR : STORE_OK;
}

void
present_deck_free(struct deck *d)
{
	arena_free(&d->mem);
	memset(d, 0, sizeof *d);
}

/* --- tours -------------------------------------------------------------- */


static char *tour_error(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static char *
tour_error(const char *file, int line, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	buf_printf(&b, "%s:%d: ", file, line);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_finish(&b);
}

/* A tour's own text, as a database's is: valid UTF-8, controls visible. */
static const char *
clean(struct deck *d, const char *s)
{
	return arena_take(&d->mem, text_clean(s, strlen(s)));
}

/* Notes are `note:` lines, each a line of its own in the speaker view. */
static const char *
add_note(struct deck *d, const char *notes, const char *raw)
{
	const char *line = clean(d, raw);
	size_t a = notes ? strlen(notes) : 0, b = strlen(line);
	char *s = arena_alloc(&d->mem, a + b + 2);

	if (!s)
		return notes;
	if (notes) {
		memcpy(s, notes, a);
		s[a++] = '\n';
	}
	memcpy(s + a, line, b + 1);
	return s;
}

/* One step: the slug must name a concept or a list of this database. */
static int
tour_step(struct store *st, struct deck *d, const struct df_field *f, const char *file, char **err)
{
	struct store_items it;
	const char *slug = f->value;
	int rc;

	if (d->n >= PRESENT_MAX_SLIDES) {
		*err = tour_error(file, f->line, _("more than %d steps"), PRESENT_MAX_SLIDES);
		return -1;
	}
	if ((rc = store_lookup(st, &slug, 1, &it)) != STORE_OK) {
		*err = strdup(store_error(st));
		return rc;
	}
	if (it.n != 1) {
		store_items_free(&it);
		*err = tour_error(file, f->line, _("no concept or list has the slug `%s' "
		    "(tekdip --lists, tekdip --list KIND)"), slug);
		return -1;
	}
	doc_dup_item(&d->mem, &d->v[d->n++].item, &it.v[0]);
	store_items_free(&it);
	return 0;
}

static int
tour_fields(struct store *st, const struct df_record *r, struct deck *d, char **err)
{
	for (size_t i = 0; i < r->nfields; i++) {
		const struct df_field *f = &r->fields[i];
		int rc;

		if (strcmp(f->key, "title") == 0 && !d->title) {
			d->title = clean(d, f->value);
		} else if (strcmp(f->key, "step") == 0) {
			if ((rc = tour_step(st, d, f, r->file, err)) != 0)
				return rc;
		} else if (strcmp(f->key, "note") == 0) {
			const char **notes = d->n ? &d->v[d->n - 1].notes : &d->notes;

			*notes = add_note(d, *notes, f->value);
		} else if (strcmp(f->key, "title") == 0) {
			*err = tour_error(r->file, f->line, "%s", _("a second `title:' (a tour has one)"));
			return -1;
		} else {
			*err = tour_error(r->file, f->line, _("unknown field `%s' (a tour has title, step and note)"),
			    f->key);
			return -1;
		}
	}
	return 0;
}

static int
tour_check(const struct df_file *f, char **err)
{
	const struct df_record *r = f->nrecords ? &f->records[0] : NULL;

	if (!r) {
		*err = tour_error(f->path, 1, "%s", _("no [tour] record: a tour starts with a line [tour]"));
		return -1;
	}
	if (strcmp(r->slug, "tour") != 0 || f->nrecords > 1) {
		r = strcmp(r->slug, "tour") != 0 ? r : &f->records[1];
		*err = tour_error(r->file, r->line, _("`[%s]': a tour file holds one record, [tour]"), r->slug);
		return -1;
	}
	return 0;
}

/* A parsed tour file to a deck. */
static int
tour_deck(struct store *st, struct df_file *f, struct deck *out, char **err)
{
	int rc;

	if ((rc = tour_check(f, err)) == 0 && (rc = begin(out, df_count(&f->records[0], "step"))) == STORE_OK)
		rc = tour_fields(st, &f->records[0], out, err);
	if (rc == 0 && (!out->title || !out->n)) {
		*err = tour_error(f->path, f->records[0].line, "%s",
		    _("a tour needs a `title:' and at least one `step:'"));
		rc = -1;
	}
	df_free(f);
	if ((rc == 0 && out->mem.failed) || (rc == STORE_ERROR && !*err)) {
		*err = strdup(_("out of memory"));
		rc = STORE_ERROR;
	}
	if (rc != 0)
		present_deck_free(out);
	return rc;
}

int
present_tour_text(struct store *st, const char *name, const char *text, size_t len,
    struct deck *out, char **err)
{
	struct df_file f;

	memset(out, 0, sizeof *out);
	*err = NULL;
	if (len > PRESENT_TOUR_MAX) {
		*err = tour_error(name, 0, _("larger than %d KB: not a tour"), PRESENT_TOUR_MAX / 1024);
		return -1;
	}
	if (df_parse_text(name, text, len, &f, err) < 0)
		return -1;
	return tour_deck(st, &f, out, err);
}

int
present_tour(struct store *st, const char *path, struct deck *out, char **err)
{
	struct df_file f;
	struct stat sb;

	memset(out, 0, sizeof *out);
	*err = NULL;
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > PRESENT_TOUR_MAX) {
		*err = tour_error(path, 0, _("larger than %d KB: not a tour"), PRESENT_TOUR_MAX / 1024);
		return -1;
	}
	if (df_parse(path, &f, err) < 0)
		return -1;
	return tour_deck(st, &f, out, err);
}
