// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mlsd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mlsd", targets: ["mlsd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The only C in the project: ncursesw (linked by the module map) plus static inline shims.
        // Linked by name in its module map rather than through pkg-config: pkg-config's cflags
        // (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are flags SwiftPM refuses with a warning on
        // every build, and shim.h defines what the wide-character API needs itself.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Display width of text in terminal columns (wcwidth-style), shared by every renderer.
        .target(name: "TextMetrics"),
        // The model: value types only (sessions, steps, canvas, templates, trade-offs, the JSON
        // value tree, Markdown form, dates, errors); no file I/O and no Yams.
        .target(name: "WhiteboardCore", dependencies: ["TextMetrics"]),
        // The store: session JSON coding and migrations, atomic session files, the template
        // library's YAML loading, cache, locator and linter.
        .target(name: "WhiteboardStore", dependencies: ["WhiteboardCore", .product(name: "Yams", package: "Yams")]),
        // Pure: score(session, template) -> ScoreReport, with evidence.
        .target(name: "Rubric", dependencies: ["WhiteboardCore"]),
        // Pure: canvas rendering, arrow routing, ASCII-art parsing, the canvas editor model.
        .target(name: "Diagram", dependencies: ["WhiteboardCore", "TextMetrics"]),
        // Cells, buffers, layout, input events, the Terminal protocol, an in-memory terminal.
        .target(name: "TermUI", dependencies: ["TextMetrics"]),
        // The only code that calls ncurses.
        .target(name: "TermNcurses", dependencies: ["TermUI", "CNcursesw"]),
        // AppState, Action, reduce, keymaps, pure pane renderers.
        .target(name: "WhiteboardApp", dependencies: ["WhiteboardCore", "Rubric", "Diagram", "TermUI", "Practice"]),
        // The run loop on any Terminal, and the effects' I/O (files, $EDITOR) behind EffectRunner.
        .target(name: "WhiteboardRuntime", dependencies: ["WhiteboardApp", "WhiteboardCore", "WhiteboardStore", "TermUI", "Practice", "Rubric"]),
        // Pure: progress across sessions, interviewer follow-ups, the reference design, drills.
        .target(name: "Practice", dependencies: ["WhiteboardCore", "WhiteboardStore", "Rubric", "Diagram", "TextMetrics"]),
        // The executable: argument parsing and wiring the runtime to ncurses and the files.
        .executableTarget(
            name: "mlsd",
            dependencies: [
                "WhiteboardCore", "WhiteboardStore", "Rubric", "Diagram", "TermUI", "TermNcurses", "WhiteboardApp", "WhiteboardRuntime", "TextMetrics", "Practice",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // SplitMix64 for reproducible fixtures and randomised tests.
        .target(name: "SeededRandom"),
        // Release-build benchmarks: `swift run -c release mlsd-bench` (see docs/PERFORMANCE.md).
        .executableTarget(
            name: "mlsd-bench",
            dependencies: ["WhiteboardCore", "WhiteboardStore", "Rubric", "Diagram", "TermUI", "WhiteboardApp", "WhiteboardRuntime", "TextMetrics", "SeededRandom", "Practice"]
        ),
        // Shared by the test targets: running python3 references (jsonschema, wcwidth).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "WhiteboardCoreTests", dependencies: ["WhiteboardCore"]),
        .testTarget(name: "WhiteboardStoreTests", dependencies: ["WhiteboardStore", "WhiteboardCore", "SeededRandom", "TestSupport"]),
        .testTarget(name: "RubricTests", dependencies: ["Rubric", "WhiteboardCore", "WhiteboardStore", "SeededRandom"], exclude: ["Calibration", "Graded", "Adversarial", "HeldOut", "Blind", "Fresh", "AfterTuning", "Unseen"]),
        .testTarget(name: "DiagramTests", dependencies: ["Diagram", "WhiteboardCore"], exclude: ["Corpus"]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI", "TextMetrics"]),
        .testTarget(name: "TextMetricsTests", dependencies: ["TextMetrics", "TestSupport"]),
        .testTarget(name: "WhiteboardAppTests", dependencies: ["WhiteboardApp", "WhiteboardCore", "WhiteboardStore", "TermUI", "Diagram", "Rubric", "SeededRandom", "WhiteboardRuntime", "Practice"], exclude: ["Golden"]),
        .testTarget(name: "WhiteboardRuntimeTests", dependencies: ["WhiteboardRuntime", "WhiteboardApp", "WhiteboardCore", "WhiteboardStore", "TermUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["WhiteboardCore", "WhiteboardStore", "SeededRandom", "TestSupport"]),
        .testTarget(name: "PracticeTests", dependencies: ["Practice", "WhiteboardCore", "WhiteboardStore", "Rubric", "Diagram", "SeededRandom"]),
    ],
    swiftLanguageModes: [.v6]
)
