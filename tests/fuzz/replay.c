/* replay.c: main() for a fuzz target without libFuzzer: runs it on files and on edge cases, printing TAP. */
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

#define BIG (64 * 1024)
#define TIMEOUT 10	/* seconds for one input; FUZZ_TIMEOUT overrides */

struct paths {
	char **v;
	size_t n, cap;
};

static const char *target = "fuzz";
static unsigned timeout = TIMEOUT;
static int tests, failures;

static void
die(const char *what, const char *path)
{
	printf("Bail out! %s: %s %s: %s\n", target, what, path, strerror(errno));
	exit(1);
}

static void
add_path(struct paths *p, const char *path)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		char **v = realloc(p->v, cap * sizeof *v);

		if (v == NULL)
			die("realloc", path);
		p->v = v;
		p->cap = cap;
	}
	if ((p->v[p->n] = strdup(path)) == NULL)
		die("strdup", path);
	p->n++;
}

/* Every file under `path`, hidden ones (a README's editor backups,
 * .gitkeep) and README files left out of directories. */
static void
collect(struct paths *p, const char *path)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;

	if (stat(path, &sb) == -1)
		die("stat", path);
	if (!S_ISDIR(sb.st_mode)) {
		add_path(p, path);
		return;
	}
	if ((d = opendir(path)) == NULL)
		die("opendir", path);
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(path) + strlen(de->d_name) + 2;
		char *sub;

		if (de->d_name[0] == '.' || strncmp(de->d_name, "README", 6) == 0)
			continue;
		if ((sub = malloc(n)) == NULL)
			die("malloc", path);
		snprintf(sub, n, "%s/%s", path, de->d_name);
		collect(p, sub);
		free(sub);
	}
	closedir(d);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The whole file, in a buffer of its own size so that ASan sees any read
 * past the end; never NULL, even when empty. */
static uint8_t *
slurp(const char *path, size_t *len)
{
	uint8_t *data = NULL, *more;
	size_t cap = 0;
	FILE *fp;

	*len = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		die("fopen", path);
	for (;;) {
		if (*len == cap) {
			cap = cap ? cap * 2 : 4096;
			if ((more = realloc(data, cap)) == NULL)
				die("realloc", path);
			data = more;
		}
		size_t n = fread(data + *len, 1, cap - *len, fp);
		if (n == 0)
			break;
		*len += n;
	}
	if (ferror(fp))
		die("fread", path);
	fclose(fp);
	if ((more = malloc(*len ? *len : 1)) == NULL)
		die("malloc", path);
	memcpy(more, data, *len);
	free(data);
	return more;
}

/* Run the target on one input in a child, so a crash, a leak report or a
 * hang is one failed test and the others still run. */
static void
run(const char *name, const uint8_t *data, size_t len)
{
	pid_t pid;
	int status;

	fflush(stdout);
	if ((pid = fork()) == -1)
		die("fork", name);
	if (pid == 0) {
		alarm(timeout);
		LLVMFuzzerTestOneInput(data, len);
		exit(0);	/* exit, not _exit: LeakSanitizer runs at exit */
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			die("waitpid", name);
	tests++;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		printf("ok %d - %s: %s\n", tests, target, name);
		return;
	}
	failures++;
	if (WIFSIGNALED(status))
		printf("not ok %d - %s: %s (%s)\n", tests, target, name,
		    WTERMSIG(status) == SIGALRM ? "timed out" : strsignal(WTERMSIG(status)));
	else
		printf("not ok %d - %s: %s (exit %d)\n", tests, target, name,
		    WEXITSTATUS(status));
}

static void
run_file(const char *path)
{
	size_t len;
	uint8_t *data = slurp(path, &len);

	run(path, data, len);
	free(data);
}

/* What no corpus should be trusted to hold. */
static void
run_edges(void)
{
	static const uint8_t nul = 0, ff = 0xff, nl = '\n';
	uint8_t *big;

	run("<empty>", &nul, 0);
	run("<0x00>", &nul, 1);
	run("<0xff>", &ff, 1);
	run("<newline>", &nl, 1);
	if ((big = malloc(BIG)) == NULL)
		die("malloc", "<64 KiB>");
	memset(big, 0xff, BIG);
	run("<64 KiB of 0xff>", big, BIG);
	free(big);
}

int
main(int argc, char *argv[])
{
	struct paths p = { NULL, 0, 0 };
	const char *slash, *t = getenv("FUZZ_TIMEOUT");

	/* replay-text is target "text" */
	slash = strrchr(argv[0], '/');
	target = slash ? slash + 1 : argv[0];
	if (strncmp(target, "replay-", 7) == 0)
		target += 7;
	if (t != NULL && atoi(t) > 0)
		timeout = (unsigned)atoi(t);
	for (int i = 1; i < argc; i++)
		collect(&p, argv[i]);
	qsort(p.v, p.n, sizeof *p.v, by_name);
	run_edges();
	for (size_t i = 0; i < p.n; i++) {
		run_file(p.v[i]);
		free(p.v[i]);
	}
	free(p.v);
	printf("1..%d\n", tests);
	return failures ? 1 : 0;
}
