import CNcursesw
import TermUI

/// Allocates ncurses colour pairs for (foreground, background) combinations on first use.
final class ColorPairs {
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1
    private let limit: Int16

    init() {
        limit = Int16(clamping: min(Int(mlsd_color_pairs()) - 1, 255))
    }

    /// The pair number for a combination; 0 (the default pair) when both are default or pairs run out.
    func pair(_ fg: Color, _ bg: Color) -> Int16 {
        if fg == .default && bg == .default { return 0 }
        let key = (fg.rawValue + 1) * 16 + (bg.rawValue + 1)
        if let p = pairs[key] { return p }
        guard nextPair <= limit else { return 0 }
        let p = nextPair
        nextPair += 1
        init_pair(p, Int16(fg.rawValue), Int16(bg.rawValue))
        pairs[key] = p
        return p
    }
}
