import Foundation

/// The file name a browser sent, made safe to show and to offer as a download name. It is never
/// used as a path: uploads are stored under names the server picks.
struct ClientName: Sendable {
    /// The last component of what was sent (browsers on Windows may send `C:\…\清单.pdf`), without
    /// control characters or characters Windows refuses in file names, at most `maximumLength`.
    let display: String

    static let maximumLength = 120
    private static let refused = Set("/\\:*?\"<>|")

    init(_ sent: String?, fallback: String) {
        let last = (sent ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !Self.refused.contains(Character($0)) }
            .map(Character.init)).trimmingCharacters(in: .whitespaces)
        let trimmed = cleaned.hasPrefix(".") ? String(cleaned.drop { $0 == "." }) : cleaned
        display = trimmed.isEmpty ? fallback : String(trimmed.prefix(Self.maximumLength))
    }

    /// The name without its extension, for `STEM.xlsx` and the rest.
    var stem: String {
        let stem = (display as NSString).deletingPathExtension
        return stem.isEmpty ? display : stem
    }
}
