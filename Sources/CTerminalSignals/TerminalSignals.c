#include "TerminalSignals.h"

#include <signal.h>
#include <stddef.h>
#include <unistd.h>

/* One more than the highest signal number on Linux. */
#define SLOTS 65

static volatile sig_atomic_t caught = 0;
static volatile sig_atomic_t chain = 0;
static int (*volatile restore)(void) = NULL;
static struct sigaction previous[SLOTS];

static const int stops[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

static void restore_terminal(void) {
    int (*f)(void) = restore;
    if (f != NULL) (void)f();
}

static void on_stop_signal(int sig) {
    if (caught) { restore_terminal(); _exit(128 + sig); }
    caught = sig;
}

static void on_crash_signal(int sig) {
    /* Restore the terminal first. Then hand the crash to the previous handler (the runtime's
       backtracer, which waits for a key on a terminal) only when asked to; otherwise say what
       happened and die of the signal. */
    static const char message[] = "gloss: crashed; the terminal was restored (set SWIFT_BACKTRACE=interactive=no for a backtrace)\n";
    restore_terminal();
    if (chain && sig > 0 && sig < SLOTS) {
        sigaction(sig, &previous[sig], NULL);
    } else {
        ssize_t ignored = write(2, message, sizeof message - 1);
        (void)ignored;
        signal(sig, SIG_DFL);
    }
    raise(sig);
}

void gloss_install_signal_handlers(int chain_crashes, int (*restore_terminal_function)(void)) {
    struct sigaction sa;
    chain = chain_crashes;
    restore = restore_terminal_function;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the flag */
    sa.sa_handler = on_stop_signal;
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &sa, &previous[stops[i]]);
    sa.sa_handler = on_crash_signal;
    sa.sa_flags = SA_NODEFER;
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &sa, &previous[crashes[i]]);
    /* A parent may have started us with these blocked; then Ctrl-C would do nothing. */
    sigset_t unblock;
    sigemptyset(&unblock);
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaddset(&unblock, stops[i]);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

void gloss_restore_signal_handlers(void) {
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &previous[stops[i]], NULL);
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &previous[crashes[i]], NULL);
}

int gloss_caught_signal(void) { return caught; }
