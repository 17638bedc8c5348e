/// Which neighbours a line cell connects to. Box borders and arrow lines are both recorded as
/// arms, so where lines cross or meet the glyph is chosen from the union (`┼`, `├`, `┬`, …).
public struct LineArms: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The single arms.
    public static let up = LineArms(rawValue: 1)
    public static let down = LineArms(rawValue: 2)
    public static let left = LineArms(rawValue: 4)
    public static let right = LineArms(rawValue: 8)

    /// A straight line through the cell.
    public static let vertical: LineArms = [.up, .down]
    public static let horizontal: LineArms = [.left, .right]

    /// Whether the arm pointing in `direction` is present.
    func has(_ direction: Direction) -> Bool { contains(direction.arm) }
}
