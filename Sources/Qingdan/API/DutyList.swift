/// One published duty list (履职事项清单), parsed: the canonical form that every writer renders
/// and that `qingdan-list.schema.json` describes.
public struct DutyList: Sendable, Equatable, Codable {
    /// The `schema_version` this qingdan writes and reads.
    public static let currentSchemaVersion = 1
    public var schemaVersion: Int = currentSchemaVersion
    /// The title as printed, e.g. 大同市云冈区口泉乡配合履职事项清单.
    public var title: String
    public var listKind: ListKind
    public var region: Region
    public var source: SourceInfo
    /// The table's columns in printed order.
    public var columns: [Column]
    public var items: [Item]
    public var findings: [Finding]

    public init(title: String, listKind: ListKind, region: Region, source: SourceInfo,
                columns: [Column], items: [Item], findings: [Finding]) {
        self.title = title
        self.listKind = listKind
        self.region = region
        self.source = source
        self.columns = columns
        self.items = items
        self.findings = findings
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", title, listKind = "list_kind", region, source, columns, items, findings
    }
}
