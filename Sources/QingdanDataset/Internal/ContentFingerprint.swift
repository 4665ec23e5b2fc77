import Foundation
import Qingdan

/// The content of a list regardless of the form it was read from: every item's cells as
/// printed. The PDF and the DOCX of one edition have the same fingerprint; their page numbers,
/// file names and sha256 differ.
enum ContentFingerprint {
    static func of(_ list: DutyList) -> String {
        var text = list.title + "\u{1E}"
        for item in list.items {
            for cell in item.cells {
                text += cell.header + "\u{1F}" + cell.text + "\u{1F}"
            }
            text += "\u{1E}"
        }
        return SHA256.hex(of: Data(text.utf8))
    }
}
