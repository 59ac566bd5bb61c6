/* paths.h: where the database and the message catalogues are, installed or in the build tree. */
#ifndef TEKDIP_PATHS_H
#define TEKDIP_PATHS_H

/* Whether `exe` (a resolved path) is a program built in `builddir` itself,
 * not a copy installed from it. */
int paths_is_build_exe(const char *exe, const char *builddir);
/* The database to open: `opt` (--db), else TEKDIP_DB, else the bundled one. */
const char *paths_db(const char *opt);
/* The bundled database: the one built beside an uninstalled tekdip, or
 * the installed one. */
const char *paths_bundled_db(void);
/* The message catalogues: TEKDIP_LOCALEDIR, else those built beside an
 * uninstalled tekdip, else the installed ones. */
const char *paths_localedir(void);

#endif
