/// One published duty list (履职事项清单), parsed: the canonical form that every writer renders
/// and that `qingdan-list.schema.json` describes.
public struct DutyList: Sendable, Equatable {
    public var schemaVersion: Int = 1
    /// The title as printed, e.g. 大同市云冈区口泉乡配合履职事项清单.
    public var title: String
    public var listKind: ListKind
    public var region: Region
    public var source: SourceInfo
    /// The table's columns in printed order.
    public var columns: [Column]
    public var items: [Item]
    public var findings: [Finding]
    /// The section rows (分类行) printed across the table, in order; nil for a list without them.
    public var sectionRows: [ListSection]?

    public init(title: String, listKind: ListKind, region: Region, source: SourceInfo,
                columns: [Column], items: [Item], findings: [Finding], sectionRows: [ListSection]? = nil) {
        self.title = title
        self.listKind = listKind
        self.region = region
        self.source = source
        self.columns = columns
        self.items = items
        self.findings = findings
        self.sectionRows = sectionRows
    }
}
