import TermUI

/// Shown instead of the app while the terminal is below the minimum size.
enum TooSmallView {
    static func render(into buffer: inout Buffer, width: Int, height: Int) {
        let need = "terminal too small: need \(AppState.minimumWidth)×\(AppState.minimumHeight)"
        let now = "now \(width)×\(height); enlarge the window"
        let lines = TextWrap.lines(need, width: max(1, width)) + TextWrap.lines(now, width: max(1, width))
        for (i, l) in lines.enumerated() { buffer.put(l, x: 0, y: i, style: i == 0 ? Theme.warning : .plain) }
    }
}
