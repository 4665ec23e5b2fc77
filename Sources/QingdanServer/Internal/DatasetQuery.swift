import Foundation
import Qingdan
import QingdanDataset

/// What the dataset page (and `/api/dataset/…`) is asked, read from the address's query:
/// `view=department&name=区民政局`, `view=history&name=…&region=…` or `&lineage=12`,
/// `view=compare&a=…&b=…&kind=cooperative&edition=2025`, `view=summary`.
struct DatasetQuery: Sendable, Equatable {
    enum View: String, Sendable, CaseIterable {
        case department, history, compare, summary
    }

    var view: View
    var name = ""
    var region = ""
    var lineage: Int64?
    var a = ""
    var b = ""
    var kind: ListKind?
    var edition = ""

    init(view: View) { self.view = view }

    init(_ get: (String) -> String?) {
        func value(_ key: String) -> String { (get(key) ?? "").trimmingCharacters(in: .whitespaces) }
        view = View(rawValue: value("view")) ?? .summary
        name = value("name")
        region = value("region")
        lineage = Int64(value("lineage"))
        a = value("a")
        b = value("b")
        kind = ListKind(rawValue: value("kind"))
        edition = value("edition")
    }

    /// Whether enough is chosen to answer (the summary needs nothing).
    var isAsked: Bool {
        switch view {
        case .department: return !name.isEmpty
        case .history: return lineage != nil || !name.isEmpty
        case .compare: return !a.isEmpty && !b.isEmpty
        case .summary: return true
        }
    }

    func answer(_ dataset: Dataset) throws(DatasetError) -> ReportTable {
        switch view {
        case .department: return try dataset.department(name)
        case .history:
            if let lineage { return try dataset.history(lineage: lineage) }
            return try dataset.history(name: name, region: region.isEmpty ? nil : region)
        case .compare: return try dataset.compare(a, b, kind: kind, edition: edition.isEmpty ? nil : edition)
        case .summary: return try dataset.summary()
        }
    }

    /// The query as an address's query string (the same answer in another form or language).
    func query(extra: [(String, String)] = []) -> String {
        var pairs: [(String, String)] = [("view", view.rawValue)]
        switch view {
        case .department: pairs.append(("name", name))
        case .history:
            if let lineage { pairs.append(("lineage", String(lineage))) } else { pairs += [("name", name), ("region", region)] }
        case .compare: pairs += [("a", a), ("b", b), ("kind", kind?.rawValue ?? ""), ("edition", edition)]
        case .summary: break
        }
        return (pairs + extra).filter { !$0.1.isEmpty }.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// RFC 3986's unreserved characters; everything else (Chinese included) percent-encoded.
    private static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
}
