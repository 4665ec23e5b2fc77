/// Printed characters (字数) as the conservation check counts them: Unicode scalars that are not
/// whitespace. Joining wrapped lines, removing invented gaps and trimming change only whitespace,
/// and a scalar count does not change when two pieces are joined (a Character count could, by
/// combining marks). Every reader counts its table region with it.
enum PrintedCharacters {
    /// Unicode scalars in `text` that are neither whitespace nor ASCII control characters.
    static func count(_ text: some StringProtocol) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            // ASCII first: most of a list's punctuation, digits and the spaces between columns.
            if scalar.isASCII {
                if scalar.value > 0x20, scalar.value != 0x7F { count += 1 }
            } else if !scalar.isWhiteSpace {
                count += 1
            }
        }
        return count
    }
}
