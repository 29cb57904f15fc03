#ifndef GLOSS_NCURSES_SHIM_H
#define GLOSS_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and globals Swift cannot import, behind functions. */
static inline WINDOW *gloss_stdscr(void) { return stdscr; }
static inline attr_t gloss_a_bold(void) { return A_BOLD; }
static inline attr_t gloss_a_dim(void) { return A_DIM; }
static inline attr_t gloss_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gloss_a_reverse(void) { return A_REVERSE; }
static inline attr_t gloss_a_italic(void) { return A_ITALIC; }
static inline int gloss_key_f(int n) { return KEY_F(n); }
static inline mmask_t gloss_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gloss_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t gloss_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t gloss_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t gloss_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline FILE *gloss_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }
static inline int gloss_colors(void) { return COLORS; }
/* The video attributes the terminal has (after newterm). */
static inline attr_t gloss_term_attrs(void) { return term_attrs(); }
static inline int gloss_key_code_yes(void) { return KEY_CODE_YES; }
static inline int gloss_err(void) { return ERR; }
static inline mmask_t gloss_wheel_mask(void) { return BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int gloss_ccharw_max(void) { return CCHARW_MAX; }
/* Columns the C library (and so ncurses) gives one character; -1 when unknown. */
static inline int gloss_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int gloss_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int gloss_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
#endif
