// Diagram: see docs/ARCHITECTURE.md
