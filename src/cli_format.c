/* cli_format.c: tsv for cut and awk, json for programs, markdown for handouts. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli_format.h"
#include "i18n.h"

static const char *const format_names[FMT_COUNT] = { "text", "tsv", "json", "markdown" };

int
cli_format_parse(const char *name)
{
	for (int i = 0; i < FMT_COUNT; i++)
		if (strcmp(name, format_names[i]) == 0)
			return i;
	return -1;
}

/* --- json ---------------------------------------------------------------- */

/* A JSON string: store text is valid UTF-8 with controls already made
 * visible, but escape every control anyway so no input breaks a document. */
static void
json_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(fp, "\\u%04x", *p);
		else
			fputc(*p, fp);
	}
	fputc('"', fp);
}

/* "key": "value" with a leading comma unless first. */
static void
json_kv(FILE *fp, int first, const char *key, const char *value)
{
	fprintf(fp, "%s", first ? "" : ", ");
	json_str(fp, key);
	fputs(": ", fp);
	if (value)
		json_str(fp, value);
	else
		fputs("null", fp);
}

static void
json_item(FILE *fp, const struct store_item *it)
{
	fputc('{', fp);
	json_kv(fp, 1, "slug", it->slug);
	json_kv(fp, 0, "kind", it->kind);
	json_kv(fp, 0, "name", it->name);
	json_kv(fp, 0, "name_en", it->name_en);
	json_kv(fp, 0, "gloss", it->gloss);
	fputc('}', fp);
}

static void
json_links(FILE *fp, const char *key, const struct store_link *v, size_t n)
{
	fprintf(fp, ", \"%s\": [", key);
	for (size_t i = 0; i < n; i++) {
		fprintf(fp, "%s{", i ? ", " : "");
		json_kv(fp, 1, "relation", v[i].relation);
		json_kv(fp, 0, "label", v[i].label);
		json_kv(fp, 0, "label_en", v[i].label_en);
		fputs(", \"target\": ", fp);
		json_item(fp, &v[i].target);
		json_kv(fp, 0, "article", v[i].article);
		json_kv(fp, 0, "quote", v[i].quote);
		fputc('}', fp);
	}
	fputc(']', fp);
}

static void
json_concept(FILE *fp, const struct store_concept *c)
{
	fputc('{', fp);
	json_kv(fp, 1, "slug", c->self.slug);
	json_kv(fp, 0, "kind", c->self.kind);
	json_kv(fp, 0, "name", c->self.name);
	json_kv(fp, 0, "name_en", c->self.name_en);
	json_kv(fp, 0, "gloss", c->self.gloss);
	json_kv(fp, 0, "summary", c->summary);
	json_kv(fp, 0, "role", c->role);
	json_kv(fp, 0, "date", c->date);
	fputs(", \"aliases\": [", fp);
	for (size_t i = 0; i < c->naliases; i++) {
		fputs(i ? ", " : "", fp);
		json_str(fp, c->aliases[i]);
	}
	fputc(']', fp);
	json_links(fp, "links", c->links, c->nlinks);
	json_links(fp, "backlinks", c->backlinks, c->nbacklinks);
	fputs(", \"lists\": [", fp);
	for (size_t i = 0; i < c->nlists; i++) {
		fprintf(fp, "%s{", i ? ", " : "");
		json_kv(fp, 1, "slug", c->lists[i].slug);
		json_kv(fp, 0, "name", c->lists[i].name);
		fprintf(fp, ", \"position\": %d, \"count\": %d}", c->lists[i].pos, c->lists[i].count);
	}
	fputs("], \"citations\": [", fp);
	for (size_t i = 0; i < c->ncites; i++) {
		fprintf(fp, "%s{", i ? ", " : "");
		json_kv(fp, 1, "article", c->cites[i].article);
		json_kv(fp, 0, "title", c->cites[i].article_name);
		json_kv(fp, 0, "outlet", c->cites[i].outlet);
		json_kv(fp, 0, "date", c->cites[i].date);
		json_kv(fp, 0, "quote", c->cites[i].quote);
		fputc('}', fp);
	}
	fputs("]}\n", fp);
}

/* --- markdown -------------------------------------------------------------- */

static void
md_links(FILE *fp, const struct store_link *v, size_t n, const char *title)
{
	const char *label = NULL;

	if (!n)
		return;
	fprintf(fp, "\n### %s\n\n", title);
	for (size_t i = 0; i < n; i++) {
		if (!label || strcmp(label, v[i].label) != 0) {
			label = v[i].label;
			fprintf(fp, "- %s (%s)\n", label, v[i].label_en);
		}
		fprintf(fp, "  - %s (%s, `%s`)\n", v[i].target.name, v[i].target.kind, v[i].target.slug);
	}
}

static void
md_concept(FILE *fp, const struct store_concept *c)
{
	fprintf(fp, "## %s\n\n*%s* · %s · `%s`\n\n", c->self.name, c->self.kind, c->self.name_en,
	    c->self.slug);
	fprintf(fp, "> %s\n\n%s\n", c->self.gloss, c->summary);
	if (c->naliases) {
		fprintf(fp, "\n%s ", _("Also:"));
		for (size_t i = 0; i < c->naliases; i++)
			fprintf(fp, "%s%s", i ? ", " : "", c->aliases[i]);
		fputc('\n', fp);
	}
	md_links(fp, c->links, c->nlinks, _("Links"));
	md_links(fp, c->backlinks, c->nbacklinks, _("Referenced by"));
	if (c->nlists)
		fprintf(fp, "\n### %s\n\n", _("In enumerated lists"));
	for (size_t i = 0; i < c->nlists; i++)
		fprintf(fp, "- %s (%d/%d)\n", c->lists[i].name, c->lists[i].pos, c->lists[i].count);
	fprintf(fp, "\n### %s\n\n", _("Citations"));
	for (size_t i = 0; i < c->ncites; i++)
		fprintf(fp, "- %s (%s, %s): “%s”\n", c->cites[i].article_name,
		    c->cites[i].outlet ? c->cites[i].outlet : _("outlet not stated"),
		    c->cites[i].date ? c->cites[i].date : _("date not stated"), c->cites[i].quote);
	fputc('\n', fp);
}

/* --- the three commands ---------------------------------------------------- */

void
cli_format_items(FILE *fp, enum cli_format f, const struct store_items *items,
    const struct store_listref *list)
{
	if (f == FMT_JSON)
		fputc('[', fp);
	if (f == FMT_MARKDOWN && list)
		fprintf(fp, "## %s\n\n*%s*\n\n", list->name, list->name_en);
	for (size_t i = 0; i < items->n; i++) {
		const struct store_item *it = &items->v[i];

		if (f == FMT_TSV)
			fprintf(fp, "%zu\t%s\t%s\t%s\t%s\n", i + 1, it->slug, it->kind, it->name, it->name_en);
		else if (f == FMT_JSON) {
			fputs(i ? ",\n " : "", fp);
			json_item(fp, it);
		} else if (list)
			fprintf(fp, "%zu. **%s** (%s, `%s`): %s\n", i + 1, it->name, it->kind, it->slug, it->gloss);
		else
			fprintf(fp, "- **%s** (%s, `%s`): %s\n", it->name, it->kind, it->slug, it->gloss);
	}
	if (f == FMT_JSON)
		fputs("]\n", fp);
}

void
cli_format_concept(FILE *fp, enum cli_format f, const struct store_concept *c)
{
	if (f == FMT_JSON) {
		json_concept(fp, c);
	} else if (f == FMT_MARKDOWN) {
		md_concept(fp, c);
	} else {
		/* one record a line, the record type first */
		fprintf(fp, "concept\t%s\t%s\t%s\t%s\n", c->self.slug, c->self.kind, c->self.name, c->self.name_en);
		for (size_t i = 0; i < c->naliases; i++)
			fprintf(fp, "alias\t%s\n", c->aliases[i]);
		for (size_t i = 0; i < c->nlinks; i++)
			fprintf(fp, "link\t%s\t%s\t%s\t%s\n", c->links[i].relation, c->links[i].target.slug,
			    c->links[i].target.kind, c->links[i].target.name);
		for (size_t i = 0; i < c->nbacklinks; i++)
			fprintf(fp, "backlink\t%s\t%s\t%s\t%s\n", c->backlinks[i].relation,
			    c->backlinks[i].target.slug, c->backlinks[i].target.kind, c->backlinks[i].target.name);
		for (size_t i = 0; i < c->nlists; i++)
			fprintf(fp, "list\t%s\t%d\t%d\t%s\n", c->lists[i].slug, c->lists[i].pos,
			    c->lists[i].count, c->lists[i].name);
		for (size_t i = 0; i < c->ncites; i++)
			fprintf(fp, "citation\t%s\t%s\t%s\n", c->cites[i].article,
			    c->cites[i].date ? c->cites[i].date : "", c->cites[i].quote);
	}
}

void
cli_format_hits(FILE *fp, enum cli_format f, const struct store_hits *hits, char *const *snips)
{
	if (f == FMT_JSON)
		fputc('[', fp);
	for (size_t i = 0; i < hits->n; i++) {
		const struct store_hit *h = &hits->v[i];
		const char *snip = snips[i] ? snips[i] : "";

		if (f == FMT_TSV) {
			fprintf(fp, "%zu\t%s\t%s\t%s\t%d\t%s\n", i + 1, h->item.slug, h->item.kind,
			    h->item.name, h->tier, snip);
		} else if (f == FMT_JSON) {
			fputs(i ? ",\n " : "", fp);
			fprintf(fp, "{\"rank\": %zu, \"tier\": %d, \"item\": ", i + 1, h->tier);
			json_item(fp, &h->item);
			json_kv(fp, 0, "snippet", snip);
			fputc('}', fp);
		} else {
			fprintf(fp, "%zu. **%s** (%s, `%s`)%s%s\n", i + 1, h->item.name, h->item.kind,
			    h->item.slug, *snip ? ": " : "", snip);
		}
	}
	if (f == FMT_JSON)
		fputs("]\n", fp);
}
