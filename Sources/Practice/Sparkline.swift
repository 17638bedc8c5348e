/// Scores 0–100 as a row of eighth-block characters, one per score (`▁` for 0 up to `█` for 100).
public enum Sparkline {
    /// The eight bar heights, lowest first.
    public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One bar per score, the last `limit` scores only; values outside 0–100 are clamped.
    public static func render(_ scores: [Int], limit: Int = 30) -> String {
        String(scores.suffix(limit).map { bar($0) })
    }

    /// The bar for one score.
    public static func bar(_ score: Int) -> Character {
        let clamped = min(100, max(0, score))
        return bars[min(bars.count - 1, clamped * bars.count / 100)]
    }
}
