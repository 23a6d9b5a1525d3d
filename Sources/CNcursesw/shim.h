#ifndef OMWIZARD_CNCURSESW_SHIM_H
#define OMWIZARD_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config gives, so ask for the wide API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

// Macros that do not import into Swift, exposed as functions.
static inline int omw_key_f(int n) { return KEY_F(n); }
static inline attr_t omw_a_bold(void) { return A_BOLD; }
static inline attr_t omw_a_reverse(void) { return A_REVERSE; }
static inline attr_t omw_a_dim(void) { return A_DIM; }
static inline attr_t omw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t omw_a_normal(void) { return A_NORMAL; }
static inline int omw_key_code_yes(void) { return KEY_CODE_YES; }
// Key codes of our own for the start and the end of a bracketed paste (ESC [ 200 ~ and ESC [ 201 ~), far
// above the codes ncurses gives a terminal's extended keys (KEY_MAX + 1 onwards: Shift-Tab on "linux").
static inline int omw_key_paste_start(void) { return KEY_MAX + 4000; }
static inline int omw_key_paste_end(void) { return KEY_MAX + 4001; }
// stdscr is a mutable C global, which Swift 6 will not touch directly.
static inline WINDOW *omw_stdscr(void) { return stdscr; }

// A string capability of the terminal (tigetstr), or NULL when it has none.
static inline const char *omw_capability(const char *name) {
    char *value = tigetstr((char *)name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

// Whether this machine's terminfo describes the terminal `name`: asked of setupterm with an error variable, so
// that an unknown one is an answer rather than ncurses' message and exit.
static inline int omw_terminal_described(const char *name) {
    int error = 0;
    if (setupterm(name, 1, &error) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}

// Puts one character cell (a base character plus any combining marks) with attributes and a colour pair.
static inline int omw_put_cell(int y, int x, wchar_t base, wchar_t mark1, wchar_t mark2, wchar_t mark3,
                               attr_t attrs, short pair) {
    const wchar_t chars[] = {base, mark1, mark2, mark3, 0};
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
