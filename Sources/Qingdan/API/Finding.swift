/// Something a clerk should look at, with a stable machine-readable code (e.g. `numbering.gap`).
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, Codable, Comparable {
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
    public var message: String

    public init(_ severity: Severity, _ code: String, item: Int? = nil, column: String? = nil, message: String) {
        self.severity = severity
        self.code = code
        self.item = item
        self.column = column
        self.message = message
    }
}
