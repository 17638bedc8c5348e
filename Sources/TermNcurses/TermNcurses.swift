// TermNcurses: see docs/ARCHITECTURE.md
