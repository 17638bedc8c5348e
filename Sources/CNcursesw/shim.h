#ifndef MLSD_CNCURSESW_SHIM_H
#define MLSD_CNCURSESW_SHIM_H

// Wide-character ncurses. These must come before the include.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 rejects the mutable C globals and cannot import function-like macros,
// so every one the project needs is read or called through a static inline here.

static inline WINDOW *mlsd_stdscr(void) { return stdscr; }
static inline int mlsd_cols(void) { return COLS; }
static inline int mlsd_lines(void) { return LINES; }
static inline int mlsd_err(void) { return ERR; }
static inline int mlsd_ok(void) { return OK; }

static inline int mlsd_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t mlsd_a_normal(void) { return A_NORMAL; }
static inline attr_t mlsd_a_bold(void) { return A_BOLD; }
static inline attr_t mlsd_a_reverse(void) { return A_REVERSE; }
static inline attr_t mlsd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mlsd_a_dim(void) { return A_DIM; }

static inline int mlsd_key_f(int n) { return KEY_F(n); }
static inline int mlsd_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t mlsd_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t mlsd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t mlsd_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t mlsd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t mlsd_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t mlsd_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t mlsd_button5_pressed(void) { return 0; }
#endif
static inline mmask_t mlsd_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/// Writes one cell: a wide-character string (one grapheme) with attributes and colour pair.
static inline int mlsd_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    setcchar(&cc, wch, attrs, pair, NULL);
    return mvadd_wch(y, x, &cc);
}

/// Reads one key or character; returns OK, KEY_CODE_YES or ERR, as get_wch.
static inline int mlsd_get_wch(wint_t *out) { return get_wch(out); }

static inline int mlsd_getmouse(int *x, int *y, mmask_t *bstate) {
    MEVENT ev;
    int rc = getmouse(&ev);
    if (rc == OK) { *x = ev.x; *y = ev.y; *bstate = ev.bstate; }
    return rc;
}

static inline void mlsd_setlocale_all(void) { setlocale(LC_ALL, ""); }

/// After mlsd_setlocale_all: when the user's locale does not use UTF-8 (LANG unset, C or
/// POSIX), switch character handling to C.UTF-8 so wide characters are read and drawn.
/// Returns 1 when the locale was switched.
static inline int mlsd_ensure_utf8_ctype(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 0;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") || setlocale(LC_CTYPE, "en_US.UTF-8")) return 1;
    return 0;
}


#include <signal.h>
#include <unistd.h>
#include <string.h>

static inline WINDOW *mlsd_curscr(void) { return curscr; }
static inline int mlsd_color_pairs(void) { return COLOR_PAIRS; }
static inline int mlsd_key_max(void) { return KEY_MAX; }
static inline int mlsd_key_enter(void) { return KEY_ENTER; }
static inline int mlsd_key_resize(void) { return KEY_RESIZE; }
static inline int mlsd_key_mouse(void) { return KEY_MOUSE; }

/// What the whiteboard listens to: left press/release, wheel up/down, and pointer motion
/// (reported as drags while the left button is down).
static inline mmask_t mlsd_click_and_wheel_mask(void) {
    mmask_t m = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | REPORT_MOUSE_POSITION;
#ifdef BUTTON5_PRESSED
    m |= BUTTON5_PRESSED;
#endif
    return m;
}

/// The bytes that turn off what the whiteboard turned on: bracketed paste, every mouse
/// reporting mode, and make the cursor visible. Written with write(2) so it is signal-safe.
static inline void mlsd_write_reset_sequences(void) {
    static const char seq[] = "\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?25h";
    ssize_t rc = write(STDOUT_FILENO, seq, sizeof(seq) - 1);
    (void)rc;
}

static inline void mlsd_write_string(const char *s) {
    ssize_t rc = write(STDOUT_FILENO, s, strlen(s));
    (void)rc;
}

// ---- Crash handling: leave the terminal usable, then die with the same signal. ----
static volatile sig_atomic_t mlsd_screen_active = 0;
static inline void mlsd_set_screen_active(int on) { mlsd_screen_active = on; }

static void mlsd_crash_handler(int sig) {
    if (mlsd_screen_active) {
        mlsd_screen_active = 0;
        endwin();
        mlsd_write_reset_sequences();
        static const char nl[] = "\r\nmlsd: crashed; the terminal was restored\r\n";
        ssize_t rc = write(STDERR_FILENO, nl, sizeof(nl) - 1);
        (void)rc;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Installs the crash handler for SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS and SIGFPE.
static inline void mlsd_install_crash_handlers(void) {
    int sigs[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    sigset_t set;
    sigemptyset(&set);
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) sigaddset(&set, sigs[i]);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = mlsd_crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(sigs[i], &sa, NULL);
    }
}

// ---- Quit signals: only set a flag; the run loop saves and exits. ----
static volatile sig_atomic_t mlsd_pending_quit_signal = 0;

static void mlsd_quit_signal_handler(int sig) { mlsd_pending_quit_signal = sig; }

/// Routes SIGINT, SIGTERM and SIGHUP to a flag read with mlsd_take_quit_signal. No SA_RESTART,
/// so a blocking read returns early.
static inline void mlsd_install_quit_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP };
    // A parent may have left these blocked (the mask is inherited across exec): unblock them,
    // and SIGWINCH too, which ncurses needs to see resizes.
    sigset_t set;
    sigemptyset(&set);
    for (unsigned i = 0; i < 3; i++) sigaddset(&set, sigs[i]);
    sigaddset(&set, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    for (unsigned i = 0; i < 3; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = mlsd_quit_signal_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        sigaction(sigs[i], &sa, NULL);
    }
}

/// The quit signal received since the last call (0 if none), clearing it.
static inline int mlsd_take_quit_signal(void) {
    int s = mlsd_pending_quit_signal;
    mlsd_pending_quit_signal = 0;
    return s;
}

// Whether terminfo can drive terminal type `name`, checked before ncurses takes the screen:
// 1 it can (it knows the type and can address the cursor), 2 it knows the type but cannot
// address the cursor (e.g. "dumb"), 0 it does not know the type, -1 no terminfo database found.
// The probe's TERMINAL is freed, so initscr starts from scratch.
static inline int mlsd_terminfo_check(const char *name) {
    int err = 0;
    if (setupterm((char *)name, 1, &err) != OK) { return err == 0 ? 0 : -1; }
    char *cup = tigetstr("cup");
    int usable = (cup != NULL && cup != (char *)-1) ? 1 : 2;
    del_curterm(cur_term);
    return usable;
}

#endif
