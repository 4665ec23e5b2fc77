import Qingdan

/// The web app's own clerk-facing strings, one catalogue per language (`PageText+zh`, `PageText+en`).
/// Finding messages come from the library, already in the list's language; these are only the
/// page's labels and messages. `{0}`, `{1}` are filled in order by `format`.
struct PageText: Sendable {
    enum Language: String, Sendable, CaseIterable {
        case zh, en

        /// `?lang=en` switches; anything else is Chinese, the clerk's language.
        init(query: String?) { self = query == "en" ? .en : .zh }

        var htmlCode: String { library.tag }

        /// The library's language: findings, reports and messages from the converter.
        var library: Qingdan.Language { self == .zh ? .chinese : .english }
    }

    enum Key: String, Sendable, CaseIterable {
        case appTitle, tagline, tabConvert, tabCheck, tabCompare, switchLanguage
        case convertIntro, chooseFiles, dropHint, downloadAll, formatsHint
        case checkIntro, choosePDF, compareIntro, oldEdition, newEdition, compareButton, chooseFile, noFileChosen
        case uploading, queued, converting, done, failed, rendering
        case itemCount, errorCount, warningCount, infoCount
        case severityError, severityWarning, severityInfo, listFindings, findingsFor
        case downloadXLSX, downloadCSV, downloadClausesCSV, downloadJSON, downloadMarkdown
        case downloadHTMLReport, downloadMarkdownReport, downloadJSONReport
        case errorTooLarge, errorUnreadable, errorCrashed, errorTimedOut, errorBusy, errorInternal
        case errorNoFile, errorNotMultipart, errorNeedTwo, errorNotPDF, errorNotFound
        case detail, page, pageItems, noItemsOnPage, pageLegend
        case diffSummary, diffSame, footer
        // The dataset page (`qingdan serve --dataset`).
        case tabDataset, datasetIntro, viewDepartment, viewHistory, viewCompare, viewSummary
        case departmentIntro, historyIntro, listsCompareIntro, summaryIntro
        case departmentField, itemNameField, regionField, anyRegion, lineageField, listAField, listBField
        case kindField, anyKind, editionField, latestEdition, runQuery, rowsCut, noRows, noDataset
        case errorQueryIncomplete, errorReportFormat
    }

    let language: Language
    /// The language of what the library writes for this page.
    var library: Qingdan.Language { language.library }
    private let catalogue: [Key: String]

    init(_ language: Language) {
        self.language = language
        catalogue = language == .zh ? PageText.chinese : PageText.english
    }

    subscript(key: Key) -> String { catalogue[key] ?? PageText.chinese[key] ?? key.rawValue }

    func format(_ key: Key, _ values: String...) -> String {
        var text = self[key]
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: value)
        }
        return text
    }

    /// The strings the script needs (progress and error lines it writes itself).
    var scriptKeys: [Key] {
        [.uploading, .queued, .converting, .done, .failed, .rendering, .errorTooLarge, .errorNeedTwo,
         .errorInternal, .detail, .downloadAll]
    }
}
