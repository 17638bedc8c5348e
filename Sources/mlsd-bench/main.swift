import Foundation

// mlsd-bench: release-build benchmarks (see docs/PERFORMANCE.md) and test helpers.
//   mlsd-bench [--quick]            run the benchmarks and print a report
//   mlsd-bench save-loop FILE       save a session to FILE in a loop (crash-safety test helper)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "save-loop":
    exit(SaveLoop.run(Array(arguments.dropFirst())))
default:
    print("mlsd-bench: benchmarks not written yet")
}
