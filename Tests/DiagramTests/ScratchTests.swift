import Testing
import WhiteboardCore
@testable import Diagram

@Test func scratch() {
    let c = Canvas(boxes: [
        Box(id: "a", x: 0, y: 0, width: 10, height: 3, label: "Client"),
        Box(id: "b", x: 16, y: 0, width: 12, height: 3, label: "API"),
        Box(id: "c", x: 16, y: 6, width: 12, height: 4, label: "Model\nserver"),
        Box(id: "d", x: 0, y: 7, width: 8, height: 3, label: "漢字テスト"),
    ], arrows: [
        Arrow(id: "1", from: "a", to: "b", label: "req"),
        Arrow(id: "2", from: "b", to: "c"),
        Arrow(id: "3", from: "c", to: "d", label: "scores"),
        Arrow(id: "4", from: "a", to: "c"),
    ], notes: [Note(id: "n", x: 0, y: 12, text: "a note")])
    for s in DiagramStyle.allCases {
        let t = DiagramText.render(c, style: s)
        print(t)
        let p = DiagramText.parse(t)
        print(p.boxes.map { "\($0.id) \($0.rect) \($0.label.debugDescription)" })
        print(p.arrows.map { "\($0.from)->\($0.to) \($0.label ?? "")" })
        print(p.notes)
        print(DiagramText.render(p, style: s) == t)
    }
}
