/* mkref.c: tekdip-mkref, which writes tekdip(7), the whole reference as one mdoc page, from a database. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "doc.h"
#include "store.h"
#include "write.h"

#define PROG "tekdip-mkref"

/*
 * The page is mdoc; each concept's and each list's entry is its document as
 * the mdoc writer gives it, so the page says what tekdip --show says.
 * Only the page's frame, its header and the kinds' sections, is written here.
 */

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

/* One entry: the target's document, written by the mdoc writer. */
static int
put_entry(FILE *out, struct store *st, const char *slug, int list)
{
	struct write_opts o = { .fp = out, .width = 80, .color = 0, .members = 0 };
	struct doc d;
	int rc = list ? doc_list(st, slug, &d) : doc_concept(st, slug, 0, &d);

	if (rc != STORE_OK)
		return rc;
	write_mdoc(&d, &o);
	doc_free(&d);
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
	write_mdoc_macro(out, ".Sh", title ? title : k->plural_en);
	free(title);
	write_mdoc_text(out, k->gloss);
	fputs("In Indonesian:\n.Em", out);
	write_mdoc_arg(out, k->plural);
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
		rc = put_entry(out, st, items.v[i].slug, 0);
	store_items_free(&items);
	return rc;
}

static int
put_lists(FILE *out, struct store *st, const struct store_lists *ls)
{
	int rc = STORE_OK;

	fputs(".Sh ENUMERATED LISTS\nThe lists the articles enumerate\n"
	    ".Pq Dq five tasks ... ,\nin the order of the articles,\n"
	    "each with the passage that enumerates it and its members in the article's order.\n"
	    ".Bl -tag -width Ds\n", out);
	for (size_t i = 0; rc == STORE_OK && i < ls->n; i++)
		rc = put_entry(out, st, ls->v[i].slug, 1);
	fputs(".El\n", out);
	return rc;
}

static int
put_page(FILE *out, struct store *st)
{
	struct store_kinds k;
	struct store_lists ls;
	int total = 0, rc;

	if ((rc = store_kinds(st, &k)) != STORE_OK)
		return rc;
	if ((rc = store_lists(st, &ls)) != STORE_OK) {
		store_kinds_free(&k);
		return rc;
	}
	for (size_t i = 0; i < k.n; i++)
		total += k.v[i].count;
	put_header(out, total, k.n, ls.n);
	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		rc = put_kind(out, st, &k.v[i]);
	if (rc == STORE_OK)
		rc = put_lists(out, st, &ls);
	if (rc == STORE_OK)
		fputs(".Sh SEE ALSO\n.Xr tekdip 1 ,\n.Xr tekdip 5\n", out);
	store_lists_free(&ls);
	store_kinds_free(&k);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct store *st;
	char *err = NULL;
	int rc;

	if (argc != 2 || argv[1][0] == '-') {
		fputs("usage: " PROG " database > tekdip.7\n", stderr);
		return 2;
	}
	if ((st = store_open(argv[1], &err)) == NULL) {
		fprintf(stderr, PROG ": %s: %s\n", argv[1], err ? err : "cannot open");
		free(err);
		return 1;
	}
	rc = put_page(stdout, st);
	if (rc != STORE_OK)
		fprintf(stderr, PROG ": %s: %s\n", argv[1],
		    rc == STORE_NOTFOUND ? "a concept vanished while reading" : store_error(st));
	store_close(st);
	if (rc == STORE_OK && (fflush(stdout) != 0 || ferror(stdout))) {
		perror(PROG ": stdout");
		rc = STORE_ERROR;
	}
	return rc == STORE_OK ? 0 : 1;
}
