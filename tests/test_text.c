/* test_text.c: fold, width, truncate, wrap and clean on real and hostile text. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text.h"

static void
assert_fold(const char *in, const char *want)
{
	char *got = text_fold(in, strlen(in));

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_fold_vietnamese(void **state)
{
	(void)state;
	assert_fold("Phạm Minh Chính", "pham minh chinh");
	assert_fold("PHẠM MINH CHÍNH", "pham minh chinh");
	assert_fold("pham minh chinh", "pham minh chinh");
	/* NFD input: base letters followed by combining marks */
	assert_fold("Pha\xcc\xa3m Minh Chi\xcc\x81nh", "pham minh chinh");
	assert_fold("Tạp chí Cộng Sản", "tap chi cong san");
	assert_fold("Nguyễn Mạnh Hùng", "nguyen manh hung");
}

static void
test_fold_d_stroke(void **state)
{
	(void)state;
	assert_fold("Đà Nẵng", "da nang");
	assert_fold("đổi mới", "doi moi");
	assert_fold("ĐẠI", "dai");
}

static void
test_fold_compat_and_case(void **state)
{
	(void)state;
	assert_fold("KECERDASAN Buatan (AI)", "kecerdasan buatan (ai)");
	assert_fold("\xef\xac\x81le", "file");	/* U+FB01 ligature, NFKD */
	assert_fold("Straße", "strasse");
	assert_fold("", "");
}

static void
test_fold_invalid_utf8(void **state)
{
	(void)state;
	/* a lone continuation byte and a truncated sequence become U+FFFD */
	assert_fold("a\x80z", "a\xef\xbf\xbdz");
	/* a truncated sequence is one replacement, as Unicode recommends */
	assert_fold("x\xe1\xbb", "x\xef\xbf\xbd");
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc", 3), 3);
	assert_int_equal(text_width("Phạm", strlen("Phạm")), 4);
	/* NFD: combining marks take no column */
	assert_int_equal(text_width("a\xcc\x81\xcc\xa3", 5), 1);
	/* CJK is two columns a character */
	assert_int_equal(text_width("越南", strlen("越南")), 4);
	assert_int_equal(text_width("", 0), 0);
}

static void
test_fit_never_splits(void **state)
{
	size_t used;
	const char *s = "越南ab";

	(void)state;
	/* 3 columns: one wide char fits, the second does not */
	assert_int_equal(text_fit(s, strlen(s), 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(text_fit("ạb", strlen("ạb"), 1, &used), strlen("ạ"));
}

static void
test_truncate(void **state)
{
	char *t;

	(void)state;
	t = text_truncate("Phạm Minh Chính", strlen("Phạm Minh Chính"), 8);
	assert_string_equal(t, "Phạm Mi\u2026");
	assert_int_equal(text_width(t, strlen(t)), 8);
	free(t);
	t = text_truncate("short", 5, 10);
	assert_string_equal(t, "short");
	free(t);
	t = text_truncate("越南越南", strlen("越南越南"), 4);
	assert_true(text_width(t, strlen(t)) <= 4);
	free(t);
	t = text_truncate("abc", 3, 0);
	assert_string_equal(t, "");
	free(t);
}

static void
assert_lines_fit(const char *s, size_t width)
{
	struct text_line *l;
	long n = text_wrap(s, strlen(s), width, &l);

	assert_true(n >= 0);
	for (long i = 0; i < n; i++)
		assert_true(text_width(s + l[i].off, l[i].len) <= (width < 2 ? 2 : width));
	free(l);
}

static void
test_wrap_words(void **state)
{
	const char *s = "Diplomasi sains dan teknologi di era baru";
	struct text_line *l;
	long n;

	(void)state;
	n = text_wrap(s, strlen(s), 16, &l);
	assert_int_equal(n, 3);
	assert_memory_equal(s + l[0].off, "Diplomasi sains", l[0].len);
	assert_int_equal(l[0].len, strlen("Diplomasi sains"));
	assert_memory_equal(s + l[1].off, "dan teknologi di", l[1].len);
	assert_memory_equal(s + l[2].off, "era baru", l[2].len);
	free(l);
}

/* A URL breaks only after its own '/', never at a '-' or '.' inside it,
 * and no hyphen is ever added: its lines joined are the URL again. */
static void
test_wrap_url_at_slashes(void **state)
{
	const char *s = "URL: https://baoquocte.vn/ngoai-giao-khoa-hoc-cong-nghe-trong-ky-nguyen-moi-325746.html";
	const char *url = strstr(s, "https");
	struct text_line *l;
	char joined[256] = "";

	(void)state;
	for (size_t w = 20; w <= 100; w++) {
		long n = text_wrap(s, strlen(s), w, &l);

		assert_true(n >= 1);
		joined[0] = '\0';
		for (long i = 0; i < n; i++) {
			size_t end = l[i].off + l[i].len;

			/* every line of the URL but its last ends at a '/' (or is cut
			 * hard because even one segment is wider than the line) */
			if (l[i].off >= (size_t)(url - s) && i + 1 < n)
				assert_true(s[end - 1] == '/' || l[i].len >= w - 1);
			if (end > (size_t)(url - s))
				strncat(joined, s + (l[i].off > (size_t)(url - s) ? l[i].off : (size_t)(url - s)),
				    end - (l[i].off > (size_t)(url - s) ? l[i].off : (size_t)(url - s)));
		}
		assert_string_equal(joined, url);
		free(l);
	}
}

static void
test_wrap_long_word_and_unicode(void **state)
{
	const char *v = "Thủ tướng Phạm Minh Chính đã chứng kiến lễ ký Thỏa thuận";
	const char *word = "supercalifragilisticexpialidocious";
	struct text_line *l;
	long n;

	(void)state;
	for (size_t w = 1; w <= 60; w++) {
		assert_lines_fit(v, w);
		assert_lines_fit(word, w);
		assert_lines_fit("越南越南越南 越南", w);
	}
	n = text_wrap(word, strlen(word), 10, &l);
	assert_int_equal(n, 4);
	free(l);
	n = text_wrap("", 0, 10, &l);
	assert_int_equal(n, 0);
	free(l);
}

static void
test_clean_controls(void **state)
{
	char *c;

	(void)state;
	c = text_clean("a\x1b]0;evil\x07z", 11);
	assert_string_equal(c, "a^[]0;evil^Gz");
	free(c);
	c = text_clean("tab\there\nnl\r", 12);
	assert_string_equal(c, "tab here nl^M");
	free(c);
	c = text_clean("\xc2\x9b" "x", 3);	/* C1 CSI */
	assert_string_equal(c, "<9B>x");
	free(c);
	c = text_clean("bad\xff", 4);
	assert_string_equal(c, "bad\xef\xbf\xbd");
	free(c);
}

/* Bidirectional controls (RLO, LRE, PDF, the isolates) are dropped: they
 * would reorder what follows them on the screen. */
static void
test_clean_bidi(void **state)
{
	static const char *const bidi[] = {
		"\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac", "\xe2\x80\xad",
		"\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8",
		"\xe2\x81\xa9",
	};
	char in[32], *c;

	(void)state;
	for (size_t i = 0; i < sizeof bidi / sizeof *bidi; i++) {
		snprintf(in, sizeof in, "ab%sc", bidi[i]);
		assert_false(text_is_clean(in, strlen(in)));
		c = text_clean(in, strlen(in));
		assert_string_equal(c, "abc");
		free(c);
	}
	/* the marks around them stay: LRM, RLM are not controls of order */
	assert_true(text_is_clean("a\xe2\x80\x8e" "b", 5));
}

/* The text a terminal in a non-UTF-8 locale is shown. */
static void
test_ascii(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "Phạm Minh Chính", "Pham Minh Chinh" },
		{ "Đà Nẵng", "Da Nang" },
		{ "“quoted” – dash…", "\"quoted\" - dash..." },
		{ "漢字 x", "?? x" },
		{ "plain", "plain" },
	};
	char *a;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		a = text_ascii(cases[i].in, strlen(cases[i].in));
		assert_string_equal(a, cases[i].out);
		free(a);
	}
}

static void
test_clean_caps_marks(void **state)
{
	char in[1 + 20 * 2 + 1];
	char *c;

	(void)state;
	in[0] = 'a';
	for (int i = 0; i < 20; i++)
		memcpy(in + 1 + 2 * i, "\xcc\x81", 2);
	in[sizeof in - 1] = '\0';
	c = text_clean(in, strlen(in));
	assert_int_equal(strlen(c), 1 + 4 * 2);
	assert_int_equal(text_width(c, strlen(c)), 1);
	free(c);
}

static void
test_random_bytes_are_safe(void **state)
{
	unsigned seed = 12345;

	(void)state;
	for (int round = 0; round < 2000; round++) {
		char buf[64];
		size_t n = (size_t)(rand_r(&seed) % sizeof buf);
		struct text_line *l;
		char *f, *c;

		for (size_t i = 0; i < n; i++)
			buf[i] = (char)rand_r(&seed);
		f = text_fold(buf, n);
		c = text_clean(buf, n);
		assert_non_null(f);
		assert_non_null(c);
		assert_true(text_wrap(c, strlen(c), 1 + round % 30, &l) >= 0);
		free(l);
		free(f);
		free(c);
	}
}

static void
test_char_steps(void **state)
{
	const char *s = "ạb";	/* a + combining dot below? no: precomposed */
	const char *nfd = "a\xcc\xa3" "b";

	(void)state;
	assert_int_equal(text_next_char(s, strlen(s), 0), strlen("ạ"));
	assert_int_equal(text_next_char(nfd, 4, 0), 3);
	assert_int_equal(text_prev_char(nfd, 4, 4), 3);
	assert_int_equal(text_prev_char(nfd, 4, 3), 0);
}

/* A text like the articles' (long runs of ASCII) with hostile pieces between:
 * controls, stray bytes, marks, wide characters, tabs. */
static size_t
mixed_text(char *buf, size_t cap, unsigned *seed)
{
	static const char *const pieces[] = {
		"\x01", "\x1b", "\x1f", "\x7f", "\t", "\n", "\xc2\x9b", "\xcc\xa3", "\xcc\xa3\xcc\xa3\xcc\xa3\xcc\xa3\xcc\xa3",
		"\xe6\xbc\xa2", "\xe1\xba\xa1", "\xc4\x91", "\xff", "\xe2\x80", "\xef\xbf\xbd", "",
	};
	size_t n = 0;

	while (n + 32 < cap && rand_r(seed) % 8) {
		size_t run = (size_t)(rand_r(seed) % 20);
		const char *p = pieces[rand_r(seed) % (sizeof pieces / sizeof *pieces)];

		for (size_t i = 0; i < run; i++)
			buf[n++] = (char)(0x20 + rand_r(seed) % 95);
		memcpy(buf + n, p, strlen(p));
		n += strlen(p);
	}
	return n;
}

/* What text_fit was before its fast path: every character measured alone. */
static size_t
fit_by_chars(const char *s, size_t len, size_t width, size_t *used)
{
	size_t cols = 0, off = 0, next;

	while (off < len) {
		size_t w;

		text_char(s, len, off, &next);
		if (cols + (w = text_width(s + off, next - off)) > width)
			break;
		cols += w;
		off = next;
	}
	*used = cols;
	return off;
}

/* The ASCII fast paths (eight bytes at a time, ASCII before a character,
 * fitting only as far as the width) give what a character at a time gives. */
static void
test_fast_paths_agree(void **state)
{
	unsigned seed = 777;

	(void)state;
	for (int round = 0; round < 3000; round++) {
		char s[256];
		size_t len = mixed_text(s, sizeof s, &seed), cols = 0, prev = 0, next;
		char *clean = text_clean(s, len);

		assert_non_null(clean);
		assert_int_equal(text_is_clean(s, len), strlen(clean) == len && memcmp(clean, s, len) == 0);
		assert_true(text_is_clean(clean, strlen(clean)));
		for (size_t off = 0; off < len; off = next) {
			text_char(s, len, off, &next);
			cols += text_width(s + off, next - off);
		}
		assert_int_equal(text_width(s, len), cols);
		for (size_t w = 0; w <= cols + 1; w += 1 + (size_t)(rand_r(&seed) % 3)) {
			size_t used, want_used, want = fit_by_chars(s, len, w, &want_used);
			char *t = text_truncate(s, len, w);

			assert_int_equal(text_fit(s, len, w, &used), want);
			assert_int_equal(used, want_used);
			assert_non_null(t);
			if (cols <= w)
				assert_memory_equal(t, s, len);
			else if (w > 0)
				assert_int_equal(strlen(t), fit_by_chars(s, len, w - 1, &used) + strlen("…"));
			free(t);
		}
		for (size_t at = 0; at < len; at = text_next_char(s, len, at)) {
			assert_int_equal(text_prev_char(s, len, text_next_char(s, len, at)), at);
			prev = at;
		}
		if (len)
			assert_int_equal(text_prev_char(s, len, len), prev);
		free(clean);
	}
}

/* Issue 17: words people write as one stay one, in the query and the index. */
static void
test_tokens_keep_compounds_whole(void **state)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "R&D", "r&d" },
		{ "S&T diplomacy", "s&t diplomacy" },
		{ "A.I.", "ai" },
		{ "U.S.A. and AT&T", "usa and at&t" },
		{ "G20", "g20" },
		{ "Industri 4.0.", "industri 4.0" },
		{ "tugas. Lalu", "tugas lalu" },
		{ "R& D", "r d" },
		{ "a.", "a" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct text_tokens t;
		char joined[256] = "";
		char *idx = text_index_form(cases[i].in, strlen(cases[i].in));

		assert_int_equal(text_tokens(cases[i].in, strlen(cases[i].in), &t), 0);
		for (size_t k = 0; k < t.n; k++) {
			if (k)
				strcat(joined, " ");
			strcat(joined, t.v[k]);
		}
		assert_string_equal(joined, cases[i].want);
		assert_non_null(idx);
		assert_string_equal(idx, cases[i].want);	/* the index reads it alike */
		free(idx);
	}
}

/* Spellings read alike, on both sides: what the index holds for the text,
 * and the words of the query. */
static void
test_spellings_on_both_sides(void **state)
{
	static const struct { const char *a, *b; } same[] = {
		{ "data centre", "data center" },
		{ "datacenter", "data center" },
		{ "e-commerce", "ecommerce" },
		{ "big data", "bigdata" },
		{ "Programme", "program" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
		char *x = text_index_form(same[i].a, strlen(same[i].a));
		char *y = text_index_form(same[i].b, strlen(same[i].b));
		struct text_tokens t;
		struct text_span sp[4];

		assert_string_equal(x, y);
		/* and a query in one spelling matches a text in the other */
		assert_int_equal(text_tokens(same[i].b, strlen(same[i].b), &t), 0);
		assert_true(text_match(same[i].a, strlen(same[i].a), &t, sp, 4) > 0);
		free(x);
		free(y);
	}
	assert_null(text_spelling("center"));
}

/* A word of one letter is a whole word, unless it is the whole query. */
static void
test_one_letter_is_whole_unless_alone(void **state)
{
	struct text_tokens t;
	struct text_span sp[4];
	const char *s = "Kerja sama Korea Selatan";

	(void)state;
	assert_int_equal(text_tokens("k", 1, &t), 0);
	assert_int_equal(text_match(s, strlen(s), &t, sp, 4), 2);	/* alone: a prefix */
	assert_int_equal(text_tokens("korea s", 7, &t), 0);
	assert_int_equal(text_match(s, strlen(s), &t, sp, 4), 1);	/* "s" starts "sama", but is no word */
	assert_int_equal(text_tokens("s&t", 3, &t), 0);
	s = "S&T diplomacy, not S or T";
	assert_int_equal(text_match(s, strlen(s), &t, sp, 4), 1);
	assert_int_equal(sp[0].len, 3);
}

/* The one strict decoder and encoder: what state.c checks stored queries
 * with and what the prompt types. */
/* The writers' one test for a control: C0 and DEL one byte, C1 two,
 * anything else (a no-break space, a letter, a cut C1) none. */
static void
test_control(void **state)
{
	(void)state;
	assert_int_equal(text_control("\x1b[", 2), 1);
	assert_int_equal(text_control("\x7f", 1), 1);
	assert_int_equal(text_control("\xc2\x85x", 3), 2);
	assert_int_equal(text_control("\xc2\x9f", 2), 2);
	assert_int_equal(text_control("\xc2\xa0", 2), 0);
	assert_int_equal(text_control("\xc2\x85", 1), 0);
	assert_int_equal(text_control("\xc3\xa9", 2), 0);
	assert_int_equal(text_control("a", 1), 0);
	assert_int_equal(text_control("", 0), 0);
}

static void
test_decode_encode_strict(void **state)
{
	static const char *bad[] = {
		"\x80", "\xc0\xaf", "\xc3", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xf8\x88\x80\x80\x80", "\xc3\x28",
	};
	unsigned long cp = 0;
	char out[4];

	(void)state;
	assert_int_equal(text_decode("a", 1, &cp), 1);
	assert_int_equal(cp, 'a');
	assert_int_equal(text_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(text_decode("\xe2\x82\xac!", 4, &cp), 3);
	assert_int_equal(cp, 0x20ac);
	assert_int_equal(text_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(text_decode("", 0, &cp), 0);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(text_decode(bad[i], strlen(bad[i]), &cp), 0);
	assert_int_equal(text_encode('a', out), 1);
	assert_int_equal(text_encode(0xe9, out), 2);
	assert_memory_equal(out, "\xc3\xa9", 2);
	assert_int_equal(text_encode(0x20ac, out), 3);
	assert_memory_equal(out, "\xe2\x82\xac", 3);
	assert_int_equal(text_encode(0x1f600, out), 4);
	assert_memory_equal(out, "\xf0\x9f\x98\x80", 4);
	assert_int_equal(text_encode(0x1b, out), 0);	/* controls are not typed text */
	assert_int_equal(text_encode(0x7f, out), 0);
	assert_int_equal(text_encode(0x85, out), 0);
	assert_int_equal(text_encode(0xd800, out), 0);
	assert_int_equal(text_encode(0x110000, out), 0);
	assert_true(text_char_continues(0x80));
	assert_true(text_char_continues(0xbf));
	assert_false(text_char_continues('a'));
	assert_false(text_char_continues(0xc3));
	assert_int_equal(text_chars("kerja sama", 10), 10);
	assert_int_equal(text_chars("Phạm", strlen("Phạm")), 4);
	assert_int_equal(text_chars("\xff" "a", 2), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_vietnamese),
		cmocka_unit_test(test_fold_d_stroke),
		cmocka_unit_test(test_fold_compat_and_case),
		cmocka_unit_test(test_fold_invalid_utf8),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit_never_splits),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_long_word_and_unicode),
		cmocka_unit_test(test_wrap_url_at_slashes),
		cmocka_unit_test(test_clean_controls),
		cmocka_unit_test(test_clean_bidi),
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_clean_caps_marks),
		cmocka_unit_test(test_random_bytes_are_safe),
		cmocka_unit_test(test_char_steps),
		cmocka_unit_test(test_fast_paths_agree),
		cmocka_unit_test(test_tokens_keep_compounds_whole),
		cmocka_unit_test(test_spellings_on_both_sides),
		cmocka_unit_test(test_one_letter_is_whole_unless_alone),
		cmocka_unit_test(test_decode_encode_strict),
		cmocka_unit_test(test_control),
	};

	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
