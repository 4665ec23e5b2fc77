/// A text that differs between editions, with its character diff.
public struct TextChange: Sendable, Equatable {
    public var old: String
    public var new: String
    public var runs: [DiffRun]

    public init(old: String, new: String) {
        self.old = old
        self.new = new
        runs = CharacterDiff().runs(from: old, to: new)
    }
}
