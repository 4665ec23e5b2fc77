/// Something a clerk should look at, with a stable machine-readable code (e.g. `numbering.gap`).
/// The message is data (`FindingMessage`), worded when written: `message(in: .english)`.
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case error, warning, info

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    }

    public var severity: Severity
    public var code: String
    /// 序号 of the item concerned, nil for the list as a whole.
    public var item: Int?
    /// Printed header of the column concerned.
    public var column: String?
    /// What the finding says, worded per language by the `Catalogue`s.
    public var detail: FindingMessage

    public init(_ severity: Severity, _ code: String, item: Int? = nil, column: String? = nil, _ detail: FindingMessage) {
        self.severity = severity
        self.code = code
        self.item = item
        self.column = column
        self.detail = detail
    }

    /// A message not in the catalogue is shown as given, in every language: add a
    /// `FindingMessage` case instead (see `Catalogue`).
    @available(*, deprecated, message: "add a FindingMessage case and word it in every Catalogue")
    public init(_ severity: Severity, _ code: String, item: Int? = nil, column: String? = nil, message: String) {
        self.init(severity, code, item: item, column: column, .verbatim(message))
    }

    public func message(in language: Language) -> String { language.text(detail) }

    /// The message in the default language (Chinese).
    public var message: String { message(in: .chinese) }

    /// Equal when they say the same: a finding read back from JSON (its message verbatim) equals
    /// the one written.
    public static func == (a: Finding, b: Finding) -> Bool {
        a.severity == b.severity && a.code == b.code && a.item == b.item && a.column == b.column && a.message == b.message
    }
}
