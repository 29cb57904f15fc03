#ifndef GLOSS_NCURSES_SHIM_H
#define GLOSS_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and globals Swift cannot import, behind functions. */
static inline WINDOW *gloss_stdscr(void) { return stdscr; }
static inline int gloss_lines(void) { return LINES; }
static inline int gloss_cols(void) { return COLS; }
static inline int gloss_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t gloss_a_bold(void) { return A_BOLD; }
static inline attr_t gloss_a_dim(void) { return A_DIM; }
static inline attr_t gloss_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gloss_a_reverse(void) { return A_REVERSE; }
static inline attr_t gloss_a_italic(void) { return A_ITALIC; }
static inline attr_t gloss_a_standout(void) { return A_STANDOUT; }
static inline int gloss_key_f(int n) { return KEY_F(n); }
static inline mmask_t gloss_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t gloss_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gloss_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t gloss_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t gloss_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
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

/* Signals. The handlers live here because a Swift closure cannot be a signal handler that
   touches ncurses. Only GlossTerminal's TerminalSignals.swift calls these, so the static
   state below exists once. */
static inline volatile sig_atomic_t *gloss_signal_flag(void) { static volatile sig_atomic_t caught = 0; return &caught; }
static inline struct sigaction *gloss_previous_actions(void) { static struct sigaction actions[65]; return actions; }
static void gloss_on_stop_signal(int sig) {
    if (*gloss_signal_flag()) { endwin(); _exit(128 + sig); }
    *gloss_signal_flag() = sig;
}
static inline volatile sig_atomic_t *gloss_chain_crashes(void) { static volatile sig_atomic_t chain = 0; return &chain; }
static void gloss_on_crash_signal(int sig) {
    /* Restore the terminal first. Then hand the crash to the previous handler (the runtime's
       backtracer, which waits for a key on a terminal) only when asked to; otherwise say what
       happened and die of the signal. */
    static const char message[] = "gloss: crashed; the terminal was restored (set SWIFT_BACKTRACE=interactive=no for a backtrace)\n";
    endwin();
    if (*gloss_chain_crashes() && sig > 0 && sig < 65) {
        sigaction(sig, &gloss_previous_actions()[sig], NULL);
    } else {
        ssize_t ignored = write(2, message, sizeof message - 1);
        (void)ignored;
        signal(sig, SIG_DFL);
    }
    raise(sig);
}
static inline void gloss_install_signal_handlers(int chain_crashes) {
    struct sigaction sa;
    *gloss_chain_crashes() = chain_crashes;
    int stops[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the flag */
    sa.sa_handler = gloss_on_stop_signal;
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &sa, &gloss_previous_actions()[stops[i]]);
    sa.sa_handler = gloss_on_crash_signal;
    sa.sa_flags = SA_NODEFER;
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &sa, &gloss_previous_actions()[crashes[i]]);
    /* A parent may have started us with these blocked; then Ctrl-C would do nothing. */
    sigset_t unblock;
    sigemptyset(&unblock);
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaddset(&unblock, stops[i]);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}
static inline void gloss_restore_signal_handlers(void) {
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) sigaction(all[i], &gloss_previous_actions()[all[i]], NULL);
}
static inline int gloss_caught_signal(void) { return *gloss_signal_flag(); }

static inline int gloss_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int gloss_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
#endif
