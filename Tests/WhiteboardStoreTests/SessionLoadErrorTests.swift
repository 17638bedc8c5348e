import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

/// Each kind of load error names the file and says what is wrong, on one line.
@Suite struct SessionLoadErrorTests {
    @Test func truncatedFileGivesLineAndColumn() {
        let valid = Fixtures.validJSON
        let cut = String(valid.prefix(valid.count / 2))
        let message = Fixtures.loadError(cut)
        #expect(message.contains("s.json: invalid JSON at line "))
        #expect(message.contains("truncated"))
        #expect(!message.contains("\n"))
    }

    @Test func syntaxErrorPosition() {
        let message = Fixtures.loadError("{\n  \"a\": 1,\n  \"b\" 2\n}\n")
        #expect(message.hasSuffix("invalid JSON at line 3, column 7: expected ':' after key \"b\""))
    }

    @Test func wrongTypeNamesTheFieldPath() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"width\": 10", with: "\"width\": \"wide\"")
        #expect(Fixtures.loadError(bad).hasSuffix("canvas.boxes[1].width: expected an integer, found a string"))
    }

    @Test func missingFieldNamesThePath() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"problem\": \"video-recommendation\",", with: "")
        #expect(Fixtures.loadError(bad).hasSuffix("problem: missing"))
    }

    @Test func newerSchemaVersion() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        #expect(Fixtures.loadError(bad).contains("written by a newer mlsd (schemaVersion 7"))
    }

    @Test func unknownStep() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"monitoring\": {", with: "\"monitor\": {")
        #expect(Fixtures.loadError(bad).contains("steps.monitor: unknown step"))
    }

    @Test func nonPositiveSizeIsRejected() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"height\": 4", with: "\"height\": 0")
        #expect(Fixtures.loadError(bad).contains("canvas.boxes[1].height: 0 is out of range"))
        let bad1 = Fixtures.validJSON.replacingOccurrences(of: "\"height\": 4", with: "\"height\": 1")
        #expect(Fixtures.loadError(bad1).contains("width and height must be at least 2"))
    }

    @Test func duplicateBoxIDIsRejected() {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"id\": \"b3\"", with: "\"id\": \"b1\"")
        #expect(Fixtures.loadError(bad).contains("duplicate id \"b1\""))
    }

    @Test func danglingArrowIsRepairedWithAMessage() throws {
        let bad = Fixtures.validJSON.replacingOccurrences(of: "\"from\": \"b3\"", with: "\"from\": \"b9\"")
        let dir = Fixtures.tempDir()
        let path = Fixtures.write(bad, in: dir)
        let decoded = try SessionStore.load(path: path)
        #expect(decoded.session.canvas.arrows.map(\.id) == ["a1"])
        #expect(decoded.repairs == ["removed arrow a2: it points at missing box \"b9\""])
    }

    @Test func tooLargeIsRefused() throws {
        let dir = Fixtures.tempDir()
        let path = dir + "/big.json"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(count: SessionStore.maxFileSize + 1)), "cannot write a fixture file")
        #expect(throws: SessionLoadError.self) { try SessionStore.load(path: path) }
        do { _ = try SessionStore.load(path: path) } catch {
            #expect(error.description.contains("big.json: file is 10 MiB"))
            #expect(error.description.contains("larger than 10 MiB are refused"))
        }
    }

    @Test func missingFile() {
        do {
            _ = try SessionStore.load(path: "/nonexistent/x.json")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.description == "/nonexistent/x.json: cannot read: no such file")
        }
    }

    @Test func deepNestingIsRejectedNotCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(Fixtures.loadError(deep).contains("nested more than 64 levels deep"))
    }

    @Test func invalidUTF8InAString() {
        var bytes = Array(Fixtures.validJSON.utf8)
        let idx = bytes.firstIndex(of: UInt8(ascii: "R"))!  // inside "Reco practice"
        bytes[idx] = 0xFF
        let dir = Fixtures.tempDir()
        let path = dir + "/s.json"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write a fixture file")
        do { _ = try SessionStore.load(path: path); Issue.record("loaded invalid UTF-8") } catch {
            #expect(error.description.contains("string is not valid UTF-8"))
        }
    }
}
