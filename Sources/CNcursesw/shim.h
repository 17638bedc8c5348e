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
#include <wchar.h>
#include <ncursesw/curses.h>

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

#endif
