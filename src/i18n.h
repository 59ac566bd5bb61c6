/* i18n.h: interface messages through gettext; English is the source language. */
#ifndef TEKDIP_I18N_H
#define TEKDIP_I18N_H

#include <libintl.h>
#include <stdio.h>

#define _(s) gettext(s)
#define N_(s) (s)	/* marked for the catalogue, translated where used */

/* Set the locale and find the catalogue (see paths_localedir); a locale
 * the machine lacks falls back to English. */
void i18n_init(void);
/* When the locale asked for is not installed, one line on `fp` saying so
 * and how to generate it; nothing otherwise. */
void i18n_note_missing_locale(FILE *fp);
/* Whether messages are in Indonesian: kind and relation names in the
 * database come in both languages, and follow the interface. */
int i18n_indonesian(void);
/* `id` or `en`, whichever the interface speaks. */
const char *i18n_pick(const char *id, const char *en);
/* Whether the locale's character set is UTF-8 (after i18n_init): else a
 * terminal shows each byte of a character as one, and text goes out as
 * ASCII. */
int i18n_utf8(void);

#endif
