/* present.h: a presentation: its deck of slides built from documents, tours read from files, and moving through it. */
#ifndef TEKDIP_PRESENT_H
#define TEKDIP_PRESENT_H

#include <stddef.h>

#include "action.h"
#include "arena.h"
#include "doc.h"
#include "page.h"

struct store;
struct follow;

/* A deck holds at most this many slides: a hub's links are hundreds, and
 * a trainer shows a handful. */
#define PRESENT_MAX_SLIDES 200
/* The largest tour file read: a trainer's tour is a few KB. */
#define PRESENT_TOUR_MAX (1024 * 1024)
/* Search results a results deck shows, best first. */
#define PRESENT_RESULTS 20
/* The smallest screen a slide is laid out for. */
#define PRESENT_MIN_COLS 40
#define PRESENT_MIN_ROWS 12
/* The widest a slide's text runs; wider screens get margins. */
#define PRESENT_TEXT_MAX 72

/* One item shown on a screen of its own, revealed in parts: its head
 * (name, English name, kind), its summary, then the passage it rests on. */
struct slide {
	struct doc_item item;
	const char *context;		/* a concept deck's relation label, or NULL */
	const char *summary, *summary_en;	/* NULL when none */
	const char *quote;		/* the passage it rests on, or NULL */
	struct doc_source src;		/* the quote's article; fields NULL when unknown */
	const char *notes;		/* a tour's speaker notes, lines joined by '\n', or NULL */
	int filled;			/* summary and quote read from the store */
};

/* A title slide, then the slides.  Everything lives in `mem`. */
struct deck {
	struct arena mem;
	const char *title, *title_en;	/* the title slide's heading (title_en may be NULL) */
	struct doc_source src;		/* the article the deck comes from; fields NULL if none */
	const char *notes;		/* the title slide's speaker notes, or NULL */
	struct slide *v;
	size_t n;
	int cut;			/* there were more than PRESENT_MAX_SLIDES */
};

/* A list: its items in order.  STORE_NOTFOUND when no list has `slug`. */
int present_list(struct store *st, const char *slug, struct deck *out);
/* A concept, then each relation's links (the link's quote on its slide). */
int present_concept(struct store *st, const char *slug, struct deck *out);
/* A concept's or a list's deck, whichever `slug` names. */
int present_target(struct store *st, const char *slug, struct deck *out);
/* A kind's concepts, by name, under `title` (the kind's plural). */
int present_kind(struct store *st, const char *kind, const char *title, struct deck *out);
/* The concepts and lists of `slugs`, in that order (the basket's); a slug
 * the database lacks is left out. */
int present_slugs(struct store *st, const char *title, const char *const *slugs, size_t n,
    struct deck *out);
/* The first PRESENT_RESULTS results for `query`, each a slide. */
int present_results(struct store *st, const char *query, struct deck *out);
/* A tour file (see tekdip(5)): -1 with a malloc'd "file:line: reason" in
 * *err for a file that does not parse or names a slug the database lacks;
 * STORE_ERROR (and *err) when the store fails; 0 on success. */
int present_tour(struct store *st, const char *path, struct deck *out, char **err);
/* The same for a tour's text, `name` its file's in the messages. */
int present_tour_text(struct store *st, const char *name, const char *text, size_t len,
    struct deck *out, char **err);
/* Read slide `i`'s summary and quote, once; the slide shows what it has
 * even when the store fails. */
int present_fill(struct store *st, struct deck *d, size_t i);
void present_deck_free(struct deck *d);

/* Slide numbers: 0 the title slide, 1..n the slides, n + 1 the end. */
struct presenter {
	struct deck deck;
	int cur;
	int reveal;		/* parts of the current slide shown: 0 head, 1 summary, 2 quote */
	int top;		/* first row shown of a slide taller than the screen */
	int cols, rows;		/* the screen it was laid out for last */
	int blank;		/* b: the screen is blank until the next key */
	char number[8];		/* digits typed before Enter */
	int other_language;	/* summaries in the language the interface does not speak */
	int done;		/* q: the presentation is over */
	struct store *st;
	struct follow *follow;	/* the speaker view's socket, or NULL */
};

/* Start on the title slide of `deck` (taken over: the presenter frees it). */
void present_open(struct presenter *p, struct store *st, struct deck *deck);
void present_close(struct presenter *p);
/* A key pressed during the presentation. */
void present_key(struct presenter *p, int key);
/* The parts slide `n` has to reveal (0 for the title and end slides). */
int present_parts(const struct presenter *p, int n);
/* The current slide laid out for a screen `cols` wide with `rows` for the
 * slide (the footer not included): rows wrapped to the text's width,
 * never cut.  *x is the column the text starts at; p->top becomes the
 * first row to show (the newest part in view unless scrolled). */
void present_layout(struct presenter *p, int cols, int rows, struct page *out, int *x);
/* The footer: where the presentation is ("3 / 5", the title, the end). */
void present_where(const struct presenter *p, char *out, size_t size);

#endif
