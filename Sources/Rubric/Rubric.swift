// Rubric: see docs/ARCHITECTURE.md
