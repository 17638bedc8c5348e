// WhiteboardApp: see docs/ARCHITECTURE.md
