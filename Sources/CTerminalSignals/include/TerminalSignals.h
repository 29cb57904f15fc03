#ifndef GLOSS_TERMINAL_SIGNALS_H
#define GLOSS_TERMINAL_SIGNALS_H

/* Signal handlers for the full-screen session. They live in C because a Swift closure cannot
   be a signal handler; their state (the caught signal, the previous actions) is static in
   TerminalSignals.c, so it exists once whoever includes this header. No ncurses here: the
   caller passes the function that restores the terminal (endwin). */

/* Ctrl-C, SIGTERM, SIGHUP and SIGQUIT set the flag that gloss_caught_signal reads (a second
   one restores the terminal and exits at once). Crash signals restore the terminal, then pass
   the crash to the previous handler when chain_crashes is non-zero, or write one line and die
   of the signal. restore_terminal may be NULL. */
void gloss_install_signal_handlers(int chain_crashes, int (*restore_terminal)(void));
/* Puts back the actions that were in place before gloss_install_signal_handlers. */
void gloss_restore_signal_handlers(void);
/* The signal that asked the program to stop, or 0. */
int gloss_caught_signal(void);

#endif
