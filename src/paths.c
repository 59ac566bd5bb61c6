/* paths.c: where the database and the message catalogues are, installed or in the build tree. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"

int
paths_is_build_exe(const char *exe, const char *builddir)
{
	size_t n = strlen(builddir);

	return n > 0 && strncmp(exe, builddir, n) == 0 && exe[n] == '/' &&
	    exe[n + 1] != '\0' && strchr(exe + n + 1, '/') == NULL;
}

/* A tekdip run from the directory it was built in reads the files built
 * beside it, so a build works before `make install`; a copy anywhere else
 * (installed) reads the installed ones.  /proc/self/exe is the executable
 * with symlinks resolved, as configure recorded the build directory
 * (pwd -P), so a symlink or a relative ./tekdip makes no difference. */
static int
in_build_tree(void)
{
	static int cached = -1;
	char exe[4096];
	ssize_t n;

	if (cached < 0) {
		n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		exe[n > 0 ? n : 0] = '\0';
		cached = n > 0 && paths_is_build_exe(exe, TEKDIP_BUILDDIR);
	}
	return cached;
}

static const char *
env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

const char *
paths_bundled_db(void)
{
	return in_build_tree() ? TEKDIP_BUILDDIR "/tekdip.db" : PKGDATADIR "/tekdip.db";
}

const char *
paths_db(const char *opt)
{
	if (opt)
		return opt;
	return env("TEKDIP_DB") ? env("TEKDIP_DB") : paths_bundled_db();
}

const char *
paths_localedir(void)
{
	if (env("TEKDIP_LOCALEDIR"))
		return env("TEKDIP_LOCALEDIR");
	return in_build_tree() ? TEKDIP_BUILDDIR "/locale" : LOCALEDIR;
}
