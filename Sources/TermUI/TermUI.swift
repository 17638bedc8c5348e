// TermUI: see docs/ARCHITECTURE.md
