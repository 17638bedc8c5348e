/// The rules a canvas must keep, checked on load and after edits.
/// Unrepairable breaks throw; dangling arrows are removed and reported.
public enum CanvasInvariants {
    /// Checks the canvas; returns a line per repair made. Throws on a break it cannot repair.
    @discardableResult
    public static func check(_ canvas: inout Canvas) throws(SessionFormatError) -> [String] {
        var ids = Set<String>()
        for (i, b) in canvas.boxes.enumerated() {
            if b.id.isEmpty { throw .field(path: "canvas.boxes[\(i)].id", message: "must not be empty") }
            if !ids.insert(b.id).inserted { throw .invariant("canvas.boxes[\(i)]: duplicate id \(MessageText.quoted(b.id))") }
            if b.width < 2 || b.height < 2 {
                throw .invariant("canvas.boxes[\(i)] (\(MessageText.inert(b.id))): width and height must be at least 2, found \(b.width)x\(b.height)")
            }
        }
        for (i, n) in canvas.notes.enumerated() {
            if !ids.insert(n.id).inserted { throw .invariant("canvas.notes[\(i)]: duplicate id \(MessageText.quoted(n.id))") }
        }
        let boxIDs = Set(canvas.boxes.map(\.id))
        var repairs: [String] = []
        var kept: [Arrow] = []
        var arrowIDs = Set<String>()
        for (i, a) in canvas.arrows.enumerated() {
            if ids.contains(a.id) || !arrowIDs.insert(a.id).inserted {
                throw .invariant("canvas.arrows[\(i)]: duplicate id \(MessageText.quoted(a.id))")
            }
            let missing = [a.from, a.to].filter { !boxIDs.contains($0) }
            if missing.isEmpty {
                kept.append(a)
            } else {
                repairs.append("removed arrow \(MessageText.inert(a.id)): it points at missing box \(missing.map { MessageText.quoted($0) }.joined(separator: " and "))")
            }
        }
        canvas.arrows = kept
        return repairs
    }
}
