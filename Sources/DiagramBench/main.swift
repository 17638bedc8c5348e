import Diagram
import WhiteboardCore
import Foundation

struct LCG { var s: UInt64; mutating func next(_ n: Int) -> Int { s = s &* 6364136223846793005 &+ 1442695040888963407; return Int((s >> 33) % UInt64(n)) } }
var rng = LCG(s: 42)
var boxes: [Box] = []
for i in 0..<300 {
    let col = i % 20, row = i / 20
    boxes.append(Box(id: "b\(i)", x: col * 20 + rng.next(3), y: row * 7 + rng.next(2), width: 12, height: 3 + rng.next(2), label: "box \(i)"))
}
var arrows: [Arrow] = []
while arrows.count < 600 {
    let a = rng.next(300)
    let ac = a % 20, ar = a / 20
    let bc = max(0, min(19, ac + rng.next(7) - 3)), br = max(0, min(14, ar + rng.next(7) - 3))
    let b = br * 20 + bc
    if a == b { continue }
    arrows.append(Arrow(id: "a\(arrows.count)", from: "b\(a)", to: "b\(b)", label: rng.next(3) == 0 ? "edge \(arrows.count)" : nil))
}
let canvas = Canvas(boxes: boxes, arrows: arrows)
func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }
func minimum(_ xs: [Double]) -> Double { xs.min()! }
func time(_ body: () -> Void) -> Double { let t = DispatchTime.now().uptimeNanoseconds; body(); return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6 }
var sink = 0
var full: [Double] = [], layoutT: [Double] = [], view: [Double] = [], move: [Double] = []
for _ in 0..<100 {
    full.append(time { sink &+= DiagramText.render(canvas, style: .single).utf8.count })
    layoutT.append(time { sink &+= DiagramLayout(canvas: canvas).routes.count })
}
var editor = CanvasEditor(canvas: canvas)
editor.apply(.setViewSize(width: 160, height: 50))
editor.apply(.selectNext)
for i in 0..<100 {
    view.append(time { sink &+= editor.render(width: 160, height: 50, style: .single).grid.width })
    move.append(time {
        editor.apply(.moveSelected(i % 2 == 0 ? .right : .left))
        sink &+= editor.render(width: 160, height: 50, style: .single).grid.width
    })
}
let text = DiagramText.render(canvas, style: .single)
let lines = text.split(separator: "\n")
print("canvas text \(lines.count) rows x \(lines.map { $0.count }.max()!) cols")
print(String(format: "full text render median %.2f ms; layout only %.2f ms; pane 160x50 render %.2f ms; move+re-route+pane render %.2f ms", median(full), median(layoutT), median(view), median(move)))
var parseT: [Double] = []
for _ in 0..<5 { parseT.append(time { sink &+= DiagramText.parse(text).boxes.count }) }
print(String(format: "parse median %.2f ms", median(parseT)))
let parsed = DiagramText.parse(text)
print("parsed boxes \(parsed.boxes.count) arrows \(parsed.arrows.count) notes \(parsed.notes.count)", sink % 2)
let layout = DiagramLayout(canvas: canvas)
print("routes crossing boxes \(layout.routes.filter(\.crossesBoxes).count), overlapping \(layout.routes.filter(\.overlapsArrows).count), labels placed \(layout.routes.filter { $0.label != nil }.count)/\(arrows.filter { $0.label != nil }.count)")
print(String(format: "minimums: full %.2f layout %.2f pane %.2f move %.2f", minimum(full), minimum(layoutT), minimum(view), minimum(move)))
