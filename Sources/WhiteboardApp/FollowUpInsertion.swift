import Practice

/// How an interviewer's follow-up goes into an answer: as its own quoted line
/// (`> Interviewer: …`) after the text, with the cursor on a new empty line below it for the
/// reply. The rubric does not count `>` lines as answer text.
public enum FollowUpInsertion {
    /// Appends `followUp` to `document` as a quoted line and leaves the cursor below it.
    public static func insert(_ followUp: FollowUp, into document: inout TextDocument) {
        document.moveToDocumentEnd()
        let text = document.text
        var piece = ""
        if !text.isEmpty && !text.hasSuffix("\n") { piece += "\n" }
        piece += followUp.quotedLine + "\n"
        document.insert(piece)
    }

    /// Whether `text` already holds `followUp` as a quoted line.
    public static func alreadyAsked(_ followUp: FollowUp, in text: String) -> Bool {
        text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == followUp.quotedLine }
    }
}
