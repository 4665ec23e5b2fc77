extension OptionSet {
    /// Inserts `member` when `value` holds: the cue and mark bits (`CuedPiece`) are read from
    /// tests that each give a Bool.
    mutating func set(_ member: Element, _ value: Bool) {
        if value { insert(member) }
    }
}
