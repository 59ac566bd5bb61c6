/* i18n.c: choosing the interface language once, at start-up. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* The catalogue's answer, read once: i18n_pick runs for every row. */
static int indonesian = -1;

void
i18n_init(void)
{
	const char *dir = getenv("TEKDIP_LOCALEDIR");

	/* the character set and the language are all tekdip takes from the
	 * locale (sorting and numbers are its own); loading every other
	 * category costs as much again at each start */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
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
