/* mkref.c: tekdip-mkref, which writes tekdip(7), the whole reference as one mdoc page, from a database. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "store.h"
#include "text.h"

#define PROG "tekdip-mkref"

/* The names of the articles, for the lists, which know only an article's slug. */
struct ref {
	struct store *st;
	struct store_items articles;
};

/*
 * Escaping.  Free text goes on text lines of its own, each led by \& so no
 * line can start with a control character, one sentence to a line as mdoc
 * wants.  Text in a macro argument is quoted and led by \&, so it is never
 * taken for a macro name or a delimiter.  Either way a backslash becomes \e
 * and every non-ASCII character \[uXXXX]: the page is ASCII, so it reads
 * the same whatever the locale of whoever formats it.
 */

static void
put_char(FILE *out, unsigned long uc, int quoted)
{
	if (uc == '\\')
		fputs("\\e", out);
	else if (uc == '"' && quoted)
		fputs("\\(dq", out);
	else if (uc < 0x20 || uc == 0x7f)
		fputc(' ', out);	/* a tab or newline would split the line */
	else if (uc < 0x80)
		fputc((int)uc, out);
	else if (uc < 0xa0)
		fputs("\\[uFFFD]", out);	/* C1 controls would reach the terminal */
	else
		fprintf(out, "\\[u%04X]", (unsigned)uc);	/* 4 to 6 digits */
}

static int
is_blank(char c)
{
	return c != '\0' && ((unsigned char)c <= ' ' || c == 0x7f);
}

/* Runs of blanks are written as one: roff would keep them all in filled text. */
static void
put_escaped(FILE *out, const char *s, size_t len, int quoted)
{
	int blank = 0;

	for (size_t off = 0, next; off < len; off = next) {
		unsigned long uc = text_char(s, len, off, &next);

		if (!(uc < 0x80 && is_blank((char)uc)))
			blank = 0;
		else if (blank++)
			continue;
		put_char(out, uc, quoted);
	}
}

/* Bytes of `s` up to the end of its first sentence: a full stop, question
 * or exclamation mark, then closing quotes or brackets, then blanks and a
 * capital.  mandoc warns of any sentence that starts mid-line. */
static size_t
sentence_len(const char *s)
{
	for (size_t i = 0; s[i] != '\0'; i++) {
		size_t j = i + 1, k;

		if (strchr(".!?", s[i]) == NULL || i == 0)
			continue;
		j += strspn(s + j, ")]\"'");
		if (!is_blank(s[j]))
			continue;
		for (k = j; is_blank(s[k]); k++)
			continue;
		if (s[k] >= 'A' && s[k] <= 'Z')
			return j;
	}
	return strlen(s);
}

static void
put_text(FILE *out, const char *s)
{
	while (s != NULL && *s != '\0') {
		size_t n, len;

		while (is_blank(*s))
			s++;
		if (*s == '\0')
			break;
		n = len = sentence_len(s);
		while (len > 0 && is_blank(s[len - 1]))
			len--;	/* mandoc warns of trailing blanks */
		fputs("\\&", out);
		put_escaped(out, s, len, 0);
		fputc('\n', out);
		s += n;
	}
}

static void
put_arg(FILE *out, const char *s)
{
	fputs(" \"\\&", out);
	put_escaped(out, s ? s : "", s ? strlen(s) : 0, 1);
	fputc('"', out);
}

/* A macro line with one argument, e.g. .Ss "name". */
static void
put_macro(FILE *out, const char *macro, const char *arg)
{
	fputs(macro, out);
	put_arg(out, arg);
	fputc('\n', out);
}

/* "(kind, slug)" after a concept's name, so a reader knows where to look;
 * a slug is a macro argument because roff breaks text lines at hyphens. */
static void
put_item(FILE *out, const struct store_item *it)
{
	put_text(out, it->name);
	fputs(".Pq", out);
	put_arg(out, it->kind);
	fputs(" , Li", out);
	put_arg(out, it->slug);
	fputc('\n', out);
}

static void
put_header(FILE *out, int nconcepts, size_t nkinds, size_t nlists)
{
	fputs(".\\\" tekdip.7: written by tekdip-mkref from the database; edit the data, not this page.\n"
	    ".Dd November 23, 2026\n.Dt TEKDIP 7\n.Os\n.Sh NAME\n.Nm tekdip\n"
	    ".Nd the concepts of science and technology diplomacy in five articles\n"
	    ".Sh DESCRIPTION\nThis page is the whole reference of\n.Xr tekdip 1\n"
	    "in one place, to read offline or search in the pager:\n", out);
	fprintf(out, "the %d concepts that five articles on science and technology\n"
	    "diplomacy name, in %zu kinds, and the %zu lists the articles enumerate.\n",
	    nconcepts, nkinds, nlists);
	fputs("The articles are in Indonesian, with Vietnamese names as written.\n"
	    ".Pp\nEvery concept cites its article word for word:\n"
	    "each entry gives at least one short quote that appears verbatim in\n"
	    "the article, given with the article's name, outlet and date.\n"
	    ".Pp\nThere is one section per kind of concept, in the order\n.Xr tekdip 1\n"
	    "uses, with the concepts sorted by name.\n"
	    "Each entry is headed by the concept's name as the articles write it,\n"
	    "then gives:\n.Bl -tag -width Ds\n.It Slug\n"
	    "its identifier, for\n.Ql tekdip \\-\\-show Ar slug ;\n"
	    "in the pager, type\n.Ql /\n"
	    "and a slug or a name to find its entry;\n"
	    ".It English , Gloss\nits name in English and what it is, in a line;\n"
	    ".It Also\nthe other names the articles use for it;\n"
	    ".It Role , Date\na person's role, the date of an event or an article,\n"
	    "when the articles state them;\n.El\n"
	    ".Pp\nthen a summary, and:\n.Bl -tag -width Ds\n"
	    ".It Links\nthe concepts it links to, grouped by relation read from this concept\n"
	    ".Pq Dq took part in ,\neach with its kind and slug;\n"
	    ".It Referenced by\nthe links from other concepts to it, the relation read from this end;\n"
	    ".It \\&In lists\nits place in each enumerated list\n.Pq Dq 2 of 5 in ... ;\n"
	    ".It Citations\nthe quotes, in the articles' own words.\n.El\n"
	    ".Pp\nAn article also gives its title, outlet and URL, and the concepts it\n"
	    "mentions in the order they first appear.\nThe lists follow the kinds, in\n"
	    ".Sx ENUMERATED LISTS .\n"
	    ".Pp\nThis page is generated from the database when\n.Xr tekdip 1\n"
	    "is built, so it says what the browser shows.\n", out);
}

/* Slug, names, gloss, aliases, role, date, and an article's particulars. */
static void
put_facts(FILE *out, const struct store_concept *c)
{
	fputs(".Bl -tag -width English -compact\n.It Slug\n.Li", out);
	put_arg(out, c->self.slug);
	fputs("\n.It English\n", out);
	put_text(out, c->self.name_en);
	fputs(".It Gloss\n", out);
	put_text(out, c->self.gloss);
	if (c->naliases) {
		fputs(".It Also\n.No", out);
		for (size_t i = 0; i < c->naliases; i++) {
			fputs(i ? " ," : "", out);
			put_arg(out, c->aliases[i]);
		}
		fputc('\n', out);
	}
	if (c->role) {
		fputs(".It Role\n", out);
		put_text(out, c->role);
	}
	if (c->title) {
		fputs(".It Title\n", out);
		put_text(out, c->title);
	}
	if (c->outlet) {
		fputs(".It Outlet\n", out);
		put_text(out, c->outlet);
	}
	if (c->date) {
		fputs(".It Date\n", out);
		put_text(out, c->date);
	}
	if (c->url) {
		fputs(".It URL\n", out);
		put_macro(out, ".Lk", c->url);
	}
	fputs(".El\n", out);
}

/* Links in runs of one relation (as the store orders them), like tekdip --show. */
static void
put_links(FILE *out, const struct store_link *v, size_t n, const char *title)
{
	if (n == 0)
		return;
	fputs(".Pp\n", out);
	put_macro(out, ".Sy", title);
	fputs(".Bl -tag -width Ds\n", out);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(v[i - 1].label_en, v[i].label_en) != 0) {
			if (i > 0)
				fputs(".El\n", out);
			put_macro(out, ".It", v[i].label_en);
			fputs(".Bl -dash -compact\n", out);
		}
		fputs(".It\n", out);
		put_item(out, &v[i].target);
	}
	fputs(".El\n.El\n", out);
}

static void
put_listrefs(FILE *out, const struct store_concept *c)
{
	if (c->nlists == 0)
		return;
	fputs(".Pp\n", out);
	put_macro(out, ".Sy", "In lists");	/* put_arg keeps In, a macro name, as text */
	fputs(".Bl -dash -compact\n", out);
	for (size_t i = 0; i < c->nlists; i++) {
		fprintf(out, ".It\n%d of %d in\n", c->lists[i].pos, c->lists[i].count);
		put_text(out, c->lists[i].name);
		put_macro(out, ".Pq Li", c->lists[i].slug);
	}
	fputs(".El\n", out);
}

static void
put_cites(FILE *out, const struct store_concept *c)
{
	if (c->ncites == 0)
		return;
	fputs(".Pp\n", out);
	put_macro(out, ".Sy", "Citations");
	fputs(".Bl -enum\n", out);
	for (size_t i = 0; i < c->ncites; i++) {
		const struct store_cite *ci = &c->cites[i];

		fputs(".It\n", out);
		put_text(out, ci->article_name);
		fputs(".Pq", out);
		put_arg(out, ci->outlet ? ci->outlet : "outlet not stated");
		fputs(" ,", out);
		put_arg(out, ci->date ? ci->date : "date not stated");
		fputs(" :\n", out);
		put_macro(out, ".Dq", ci->quote);
	}
	fputs(".El\n", out);
}

static void
put_mentions(FILE *out, const struct store_concept *c)
{
	if (c->nmentions == 0)
		return;
	fputs(".Pp\n", out);
	put_macro(out, ".Sy", "Mentions in order of first appearance");
	fputs(".Bl -dash -compact\n", out);
	for (size_t i = 0; i < c->nmentions; i++) {
		fputs(".It\n", out);
		put_item(out, &c->mentions[i].item);
	}
	fputs(".El\n", out);
}

static int
put_concept(FILE *out, struct store *st, const char *slug)
{
	struct store_concept c;
	int rc = store_concept(st, slug, &c);

	if (rc != STORE_OK)
		return rc;
	put_macro(out, ".Ss", c.self.name);
	put_facts(out, &c);
	if (c.summary && *c.summary) {
		fputs(".Pp\n", out);
		put_text(out, c.summary);
	}
	put_links(out, c.links, c.nlinks, "Links");
	put_links(out, c.backlinks, c.nbacklinks, "Referenced by");
	put_listrefs(out, &c);
	put_cites(out, &c);
	put_mentions(out, &c);
	store_concept_free(&c);
	return STORE_OK;
}

/* The section title is the English plural in capitals, as man pages head sections. */
static void
put_kind_head(FILE *out, const struct store_kind *k)
{
	char *title = strdup(k->plural_en);

	for (char *p = title; p && *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	put_macro(out, ".Sh", title ? title : k->plural_en);
	free(title);
	put_text(out, k->gloss);
	fputs("In Indonesian:\n.Em", out);
	put_arg(out, k->plural);
	fprintf(out, " ;\n%d %s, by name.\n", k->count, k->count == 1 ? "entry" : "entries");
}

static int
put_kind(FILE *out, struct store *st, const struct store_kind *k)
{
	struct store_items items;
	int rc = store_concepts(st, k->slug, &items);

	if (rc == STORE_NOTFOUND)
		rc = STORE_OK;	/* a kind with no concepts yet */
	if (rc != STORE_OK) {
		store_items_free(&items);
		return rc;
	}
	put_kind_head(out, k);
	for (size_t i = 0; rc == STORE_OK && i < items.n; i++)
		rc = put_concept(out, st, items.v[i].slug);
	store_items_free(&items);
	return rc;
}

static const char *
article_name(const struct ref *r, const char *slug)
{
	for (size_t i = 0; i < r->articles.n; i++)
		if (strcmp(r->articles.v[i].slug, slug) == 0)
			return r->articles.v[i].name;
	return slug;
}

static int
put_list(FILE *out, const struct ref *r, const char *slug)
{
	struct store_list l;
	int rc = store_list(r->st, slug, &l);

	if (rc != STORE_OK)
		return rc;
	put_macro(out, ".It Sy", l.ref.name);
	put_text(out, l.ref.name_en);
	fputs(".Pq Li", out);
	put_arg(out, l.ref.slug);
	fputs(" ,\nin\n.Em", out);
	put_arg(out, article_name(r, l.ref.article));
	fputs(l.quote && *l.quote ? " :\n" : "\n", out);
	if (l.quote && *l.quote)
		put_macro(out, ".Dq", l.quote);
	fputs(".Bl -enum -compact\n", out);
	for (size_t i = 0; i < l.items.n; i++) {
		fputs(".It\n", out);
		put_item(out, &l.items.v[i]);
	}
	fputs(".El\n", out);
	store_list_free(&l);
	return STORE_OK;
}

static int
put_lists(FILE *out, const struct ref *r, const struct store_lists *ls)
{
	int rc = STORE_OK;

	fputs(".Sh ENUMERATED LISTS\nThe lists the articles enumerate\n"
	    ".Pq Dq five tasks ... ,\nin the order of the articles,\n"
	    "each with the passage that enumerates it and its members in the article's order.\n"
	    ".Bl -tag -width Ds\n", out);
	for (size_t i = 0; rc == STORE_OK && i < ls->n; i++)
		rc = put_list(out, r, ls->v[i].slug);
	fputs(".El\n", out);
	return rc;
}

static int
put_page(FILE *out, struct ref *r)
{
	struct store_kinds k;
	struct store_lists ls;
	int total = 0, rc;

	if ((rc = store_kinds(r->st, &k)) != STORE_OK)
		return rc;
	if ((rc = store_lists(r->st, &ls)) != STORE_OK) {
		store_kinds_free(&k);
		return rc;
	}
	for (size_t i = 0; i < k.n; i++)
		total += k.v[i].count;
	put_header(out, total, k.n, ls.n);
	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		rc = put_kind(out, r->st, &k.v[i]);
	if (rc == STORE_OK)
		rc = put_lists(out, r, &ls);
	if (rc == STORE_OK)
		fputs(".Sh SEE ALSO\n.Xr tekdip 1 ,\n.Xr tekdip 5\n", out);
	store_lists_free(&ls);
	store_kinds_free(&k);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct ref r = { NULL, { ARENA_INIT, NULL, 0 } };
	char *err = NULL;
	int rc;

	if (argc != 2 || argv[1][0] == '-') {
		fputs("usage: " PROG " database > tekdip.7\n", stderr);
		return 2;
	}
	if ((r.st = store_open(argv[1], &err)) == NULL) {
		fprintf(stderr, PROG ": %s: %s\n", argv[1], err ? err : "cannot open");
		free(err);
		return 1;
	}
	/* A database without articles still gets its lists, named by slug. */
	rc = store_concepts(r.st, "article", &r.articles);
	if (rc == STORE_NOTFOUND)
		rc = STORE_OK;
	if (rc == STORE_OK)
		rc = put_page(stdout, &r);
	if (rc != STORE_OK)
		fprintf(stderr, PROG ": %s: %s\n", argv[1],
		    rc == STORE_NOTFOUND ? "a concept vanished while reading" : store_error(r.st));
	store_items_free(&r.articles);
	store_close(r.st);
	if (rc == STORE_OK && (fflush(stdout) != 0 || ferror(stdout))) {
		perror(PROG ": stdout");
		rc = STORE_ERROR;
	}
	return rc == STORE_OK ? 0 : 1;
}
