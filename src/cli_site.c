/* cli_site.c: --export-site, the whole reference as a static web site in a directory. */
#include "config.h"

#include "cli.h"
#include "msg.h"

int
cli_site(struct store *st, const char *dir, int force, const struct cli_out *o)
{
	(void)st; (void)force; (void)o;
	msg_error("tekdip: %s: not yet\n", dir);
	return EXIT_RUNTIME;
}
