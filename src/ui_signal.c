/* ui_signal.c: every signal that would end the browser leaves the terminal as it was found. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* SIGSTKFLT, SIGPWR, SA_SIGINFO's si_code */
#endif

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* before term.h, whose macros (`lines`, `columns`) would rewrite it */
#include "state.h"
#include "ui.h"

#include <curses.h>
#include <term.h>

/*
 * Two kinds.  Signals sent to end the program (INT, TERM, HUP, QUIT, USR1,
 * ALRM, a full CPU limit, ...) only set a flag: the main loop wakes within
 * its input timeout, saves and leaves curses as after Q, and the status is
 * 128+N.  Signals that report a fault (SEGV, BUS, FPE, ILL, ABRT, TRAP,
 * SYS) cannot go back to the loop: the handler restores the terminal with
 * async-signal-safe calls only (tcsetattr, write), removes the temporary
 * file of a save under way, and lets the signal take its course under the
 * action it had before (the default, or a sanitizer's report).
 * SIGXFSZ is ignored (in main): a write past the file size limit fails
 * with EFBIG, as a full disk fails with ENOSPC, and is reported so.
 */
static const int ending[] = {
	SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
	SIGPROF, SIGXCPU, SIGPIPE, SIGIO,
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
};
static const int faults[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS };

#define NSIG_MAX 65
static volatile sig_atomic_t got_signal;
static struct sigaction before[NSIG_MAX];
static struct termios shell_modes;
static int have_modes;
/* what endwin would write: leave the alternate screen, attributes off,
 * cursor shown, keypad and mouse reports off */
static char leave[256];
static size_t leave_len;

static void
on_signal(int sig)
{
	got_signal = sig;
}

static void
on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	if (leave_len > 0)
		(void)!write(STDOUT_FILENO, leave, leave_len);
	if (have_modes)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &shell_modes);
	state_remove_temp();
	sigaction(sig, &before[sig], NULL);
	/* a fault recurs when the instruction runs again; a signal sent
	 * (kill, abort) is sent again */
	if (si == NULL || si->si_code <= 0)
		raise(sig);
}

static void
install(int sig, struct sigaction *sa)
{
	if (sig > 0 && sig < NSIG_MAX)
		sigaction(sig, sa, &before[sig]);
}

void
ui_signals_catch(void)
{
	struct sigaction sa;

	have_modes = tcgetattr(STDIN_FILENO, &shell_modes) == 0;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;	/* no SA_RESTART: a wait ends at once */
	for (size_t i = 0; i < sizeof ending / sizeof *ending; i++)
		install(ending[i], &sa);
	for (int s = SIGRTMIN; s <= SIGRTMAX; s++)
		install(s, &sa);
	sa.sa_handler = NULL;
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	for (size_t i = 0; i < sizeof faults / sizeof *faults; i++)
		install(faults[i], &sa);
}

static void
add_cap(const char *name)
{
	char *s = tigetstr(name);
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (n < sizeof leave - leave_len) {
		memcpy(leave + leave_len, s, n);
		leave_len += n;
	}
}

void
ui_signals_arm(void)
{
	static const char mouse_off[] = "\033[?1000l\033[?1006l";

	leave_len = 0;
	add_cap("sgr0");
	add_cap("cnorm");
	add_cap("rmkx");
	if (tigetstr("kmous") != NULL && tigetstr("kmous") != (char *)-1 &&
	    sizeof mouse_off - 1 < sizeof leave - leave_len) {
		memcpy(leave + leave_len, mouse_off, sizeof mouse_off - 1);
		leave_len += sizeof mouse_off - 1;
	}
	add_cap("rmcup");
}

int
ui_signal_pending(void)
{
	return got_signal;
}

void
ui_signal_raise(int sig)
{
	got_signal = sig;
}
