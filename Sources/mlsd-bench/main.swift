import Foundation
import WhiteboardCore

// mlsd-bench: release-build benchmarks (see docs/PERFORMANCE.md) and a test helper.
//   swift run -c release mlsd-bench [--quick] [--skip-pty | --pty-only] [--mlsd PATH] [--vim PATH]
//   mlsd-bench save-loop FILE [--count N]     (used by the crash-safety test)
//   mlsd-bench profile WORKLOAD               (one workload alone, for valgrind)
//   mlsd-bench rubric [--set Graded|Adversarial|HeldOut|Blind|Fresh|all] [--disagreements]
//                                             (rubric vs human labels, docs/score-format.md)
//   mlsd-bench progress [--sessions N] [--runs R] (mlsd progress over N generated sessions)
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "save-loop" {
    exit(SaveLoop.run(Array(arguments.dropFirst())))
}
if arguments.first == "rubric" {
    exit(RubricAgreementRun.run(Array(arguments.dropFirst())))
}
if arguments.first == "progress" {
    exit(ProgressBenchmark.run(Array(arguments.dropFirst())))
}
if arguments.first == "profile" {
    exit(ProfileRun.run(Array(arguments.dropFirst())))
}
exit(BenchmarkRun(arguments: arguments).run())
