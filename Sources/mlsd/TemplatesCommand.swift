import ArgumentParser
import Foundation
import WhiteboardCore
import WhiteboardStore

/// `mlsd templates`: tools for template authors.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Tools for writing problem templates.",
        subcommands: [TemplatesLintCommand.self]
    )
}

/// `mlsd templates lint`: checks every template in a folder.
struct TemplatesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every template: ids, steps, trade-offs, flows.",
        discussion: "Prints one line per problem found and exits 1 if there is any."
    )

    @Argument(help: ArgumentHelp("The templates folder (default: the one mlsd would use).", valueName: "dir"), completion: .directory) var directory: String?
    @OptionGroup var locations: Locations

    func run() throws {
        let dir: String
        if let directory { dir = directory } else {
            do { dir = try TemplateLocator.locate(flag: locations.templatesDir) } catch { fail(CLIError(error.description)) }
        }
        let findings = TemplateLinter.lint(directory: dir)
        for f in findings { print(f.description) }
        if findings.isEmpty {
            let count = TemplateLibrary.problemFiles(in: dir).count
            print("\(dir): \(count) problem templates and the catalogue are valid")
        } else {
            throw ExitCode(1)
        }
    }
}
