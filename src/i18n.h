/* i18n.h: interface messages through gettext; English is the source language. */
#ifndef TEKDIP_I18N_H
#define TEKDIP_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)	/* marked for the catalogue, translated where used */

/* Set the locale and find the catalogue (TEKDIP_LOCALEDIR overrides the
 * installed one, for tests of an uninstalled build). */
void i18n_init(void);
/* Whether messages are in Indonesian: kind and relation names in the
 * database come in both languages, and follow the interface. */
int i18n_indonesian(void);
/* `id` or `en`, whichever the interface speaks. */
const char *i18n_pick(const char *id, const char *en);

#endif
