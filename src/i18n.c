/* i18n.c: choosing the interface language once, at start-up. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "paths.h"

/* The catalogue's answer, read once: i18n_pick runs for every row. */
static int indonesian = -1;
/* The locale asked for that the C library does not have, if any. */
static const char *missing_locale;

/* The name setlocale(category, "") looked up: LC_ALL, the category, LANG. */
static const char *
asked_locale(const char *category)
{
	const char *names[] = { "LC_ALL", category, "LANG" };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		const char *v = getenv(names[i]);

		if (v && *v)
			return v;
	}
	return NULL;
}

static int
is_utf8(const char *name)
{
	return strstr(name, "UTF-8") || strstr(name, "utf8") || strstr(name, "UTF8") || strstr(name, "utf-8");
}

/* A missing UTF-8 locale still means a UTF-8 terminal: C.UTF-8 (built
 * into glibc) keeps Vietnamese names readable in the English fallback. */
static void
fall_back(const char *category_name, int category)
{
	const char *asked = asked_locale(category_name);

	if (!missing_locale)
		missing_locale = asked;
	if (asked && is_utf8(asked))
		setlocale(category, "C.UTF-8");
}

void
i18n_init(void)
{
	/* the character set and the language are all tekdip takes from the
	 * locale (sorting and numbers are its own); loading every other
	 * category costs as much again at each start */
	if (!setlocale(LC_CTYPE, ""))
		fall_back("LC_CTYPE", LC_CTYPE);
	if (!setlocale(LC_MESSAGES, ""))
		fall_back("LC_MESSAGES", LC_MESSAGES);
	bindtextdomain(PACKAGE, paths_localedir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

/* In English on purpose: the catalogue cannot be read without the locale. */
void
i18n_note_missing_locale(FILE *fp)
{
	const char *name = missing_locale, *dot, *end;
	int lang;

	if (!name)
		return;
	end = name + strcspn(name, "@");
	dot = memchr(name, '.', (size_t)(end - name));
	lang = (int)((dot ? dot : end) - name);
	fprintf(fp, "tekdip: the locale %s is not installed, so the interface is in English; "
	    "generate it (as root) with: localedef -i %.*s -f %.*s %s\n", name, lang, name,
	    dot && !is_utf8(name) ? (int)(end - dot - 1) : 5, dot && !is_utf8(name) ? dot + 1 : "UTF-8", name);
}

int
i18n_indonesian(void)
{
	/* the catalogue says which language it is, so the two never disagree */
	/* TRANSLATORS: the code of your language; "id" switches kind and
	 * relation names in the database to Indonesian. */
	if (indonesian < 0)
		indonesian = strcmp(_("en"), "id") == 0;
	return indonesian;
}

const char *
i18n_pick(const char *id, const char *en)
{
	return i18n_indonesian() && id && *id ? id : en;
}

int
i18n_utf8(void)
{
	return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}
