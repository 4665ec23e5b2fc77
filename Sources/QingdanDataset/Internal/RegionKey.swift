import Qingdan

/// The region a list applies to as one text (大同市云冈区口泉乡): lists with the same region
/// and kind are editions of one list. A title that names no place stands for itself.
enum RegionKey {
    static func of(_ list: DutyList) -> String {
        let parts = [list.region.province, list.region.city, list.region.district, list.region.township].compactMap { $0 }
        return parts.isEmpty ? list.title : parts.joined()
    }
}

/// The order every report lists lists in, as SQL over the `lists` table (aliased `l`): by region,
/// kind, then edition as `EditionLabel` orders them — by the label's leading number
/// (`edition_number`), labels without one after those with one, then by the label's text.
/// SQLite compares text by its UTF-8 bytes, which is the order of Swift's `String` comparison
/// on the (NFC) text lists print.
enum ListOrder {
    static let sql = "l.region, l.kind, l.edition_number IS NULL, l.edition_number, l.edition"
}
