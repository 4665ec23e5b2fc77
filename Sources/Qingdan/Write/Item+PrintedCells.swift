extension Item {
    /// `cells(under: headers)` for a writer that asks it of every item: an item's cells are
    /// stored in the printed column order, so where they stand under `headers` one for one (and
    /// the headers are distinct, so the first cell under each is the one there) they are read in
    /// place instead of through a dictionary of headers (hashing non-ASCII text normalizes it).
    func texts(under headers: [String], headersAreDistinct: Bool) -> [String?] {
        guard headersAreDistinct, cells.count == headers.count,
              zip(cells, headers).allSatisfy({ $0.header == $1 }) else { return cells(under: headers) }
        return cells.map(\.text)
    }
}
