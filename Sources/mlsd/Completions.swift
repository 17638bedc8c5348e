import ArgumentParser
import WhiteboardCore
import WhiteboardStore

extension CompletionKind {
    /// Session files: `*.json`.
    static var sessionFile: CompletionKind { .file(extensions: ["json"]) }

    /// The problem ids of the templates mlsd would use (`--templates-dir` on the command line
    /// being completed, else the usual search order); nothing when no templates are found.
    static var problemID: CompletionKind {
        .custom { words, _, _ in
            var flag: String?
            if let i = words.firstIndex(of: "--templates-dir"), i + 1 < words.count { flag = words[i + 1] }
            guard let dir = try? TemplateLocator.locate(flag: flag),
                  let library = try? TemplateLibrary.load(directory: dir, cacheDirectory: TemplateCache.directory())
            else { return [] }
            return library.problems.map(\.id)
        }
    }
}
