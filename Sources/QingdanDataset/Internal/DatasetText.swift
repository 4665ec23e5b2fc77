import Qingdan

/// The dataset's clerk-facing texts in one language: a thin face over the library's catalogues
/// (`Phrase`, in `Sources/Qingdan/Localization/`), so the reports' code reads as before.
struct DatasetText: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func t(_ phrase: Phrase) -> String { language.text(phrase) }

    func noDatabase(_ path: String) -> String { t(.datasetMissing(path: path)) }
    func cannotOpen(_ path: String, _ error: Error) -> String { t(.datasetCannotOpen(path: path, detail: "\(error)")) }
    func cannotWrite(_ path: String, _ error: Error) -> String { t(.datasetCannotWrite(path: path, detail: "\(error)")) }
    func cannotRead(_ path: String, _ error: Error) -> String { t(.datasetCannotRead(path: path, detail: "\(error)")) }
    func outdated(_ path: String) -> String { t(.datasetOutdated(path: path)) }
    func damaged(_ place: String, _ id: Int64) -> String { t(.datasetDamaged(place: place, list: id)) }
    func noList(_ text: String) -> String { t(.datasetNoList(text)) }
    func severalLists(_ text: String, _ candidates: [String]) -> String { t(.datasetSeveralLists(text, candidates: candidates)) }
    func noItem(_ text: String) -> String { t(.datasetNoItem(text)) }
    func noLineage(_ id: Int64) -> String { t(.datasetNoLineage(id)) }
    func editionConflict(_ file: String, region: String, kind: ListKind, edition: String, other: String) -> String {
        t(.datasetEditionConflict(file: file, region: region, kind: kind, edition: self.edition(edition), other: other))
    }

    func kindName(_ kind: ListKind) -> String { t(.listKindName(kind)) }
    func edition(_ text: String) -> String { text.isEmpty ? t(.noEdition) : text }
    func column(_ column: ReportColumn) -> ReportTable.Column { ReportTable.Column(column.rawValue, t(.reportColumn(column))) }
    func columns(_ columns: ReportColumn...) -> [ReportTable.Column] { columns.map(column) }

    // MARK: Reports

    func departmentTitle(_ name: String) -> String { t(.departmentReportTitle(name)) }
    func departmentNote(asked: String, resolved: String, items: Int, lists: Int) -> String {
        t(.departmentReportNote(asked: asked, resolved: resolved, items: items, lists: lists))
    }
    func historyTitle(_ name: String) -> String { t(.historyReportTitle(name)) }
    func historyNote(lineages: Int) -> String { t(.historyReportNote(lineages: lineages)) }
    func compareTitle(_ a: String, _ b: String) -> String { t(.compareReportTitle(a, b)) }
    func compareNote(a: String, b: String, shared: Int, onlyA: Int, onlyB: Int) -> String {
        t(.compareReportNote(a: a, b: b, shared: shared, onlyA: onlyA, onlyB: onlyB))
    }
    func describe(title: String, edition: String, id: Int64) -> String {
        t(.compareListDescription(title: title, edition: self.edition(edition), id: id))
    }
    var onlyIn: (a: String, b: String) { (t(.onlyInA), t(.onlyInB)) }
    var summaryTitle: String { t(.summaryReportTitle) }
    func summaryNote(lists: Int, items: Int) -> String { t(.summaryReportNote(lists: lists, items: items)) }

    // Changes between editions.
    var firstSeen: String { t(.historyFirstSeen) }
    var unchanged: String { t(.historyUnchanged) }
    func renumbered(_ old: Int, _ new: Int) -> String { t(.historyRenumbered(old: old, new: new)) }
    var modified: String { t(.historyModified) }
    var gone: String { t(.historyGone) }
    var added: String { t(.added) }
    var removed: String { t(.removed) }
    var reworded: String { t(.reworded) }
    var moved: String { t(.historyMoved) }
    var headingAdded: String { t(.historyHeadingAdded) }
    var headingRemoved: String { t(.historyHeadingRemoved) }
    var cellChanged: String { t(.historyCellChanged) }
    var orderChanged: String { t(.reordered) }
}
