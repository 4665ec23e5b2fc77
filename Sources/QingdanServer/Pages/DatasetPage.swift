import Foundation
import Qingdan
import QingdanDataset

/// The dataset page (`GET /dataset`): four views (按部门, 事项沿革, 两地比较, 汇总), each a form
/// of choices read from the dataset (its departments, townships, kinds and editions) and the
/// answer as a table with its downloads. Plain forms and links, no script: the address is the
/// query, so a clerk can bookmark or send it.
struct DatasetPage {
    var text: PageText
    var query: DatasetQuery
    var file: String
    var lists: [DatasetList]
    var departments: [String]
    /// The answer, or why there is none; nil when nothing was asked yet.
    var answer: Result<ReportTable, DatasetError>?

    private func t(_ key: PageText.Key) -> String { HTML.escape(text[key]) }
    private var langSuffix: String { text.language == .en ? "&amp;lang=en" : "" }

    var html: String {
        let other = text.language == .zh ? "en" : "zh"
        let regions = Set(lists.map(\.region)).count, items = lists.reduce(0) { $0 + $1.items }
        let switchQuery = HTML.escape(query.query(extra: [("lang", other)]))
        let home = text.language == .en ? "/?lang=en" : "/"
        let top = PageTop(text: text, title: "\(t(.tabDataset)) · \(t(.appTitle))", switchHref: "/dataset?\(switchQuery)")
        return """
        \(top.html)
        <nav class="tabs">
          <a href="\(home)#convert">\(t(.tabConvert))</a>
          <a href="\(home)#check">\(t(.tabCheck))</a>
          <a href="\(home)#compare">\(t(.tabCompare))</a>
          <a href="/dataset\(text.language == .en ? "?lang=en" : "")" class="active" id="tab-dataset">\(t(.tabDataset))</a>
        </nav>
        <main>
        <p class="intro" id="dataset-intro">\(HTML.escape(text.format(.datasetIntro, file, String(lists.count), String(regions), String(items))))</p>
        <nav class="views" id="dataset-views">
        \(views)
        </nav>
        <section class="dataset-view" id="view-\(query.view.rawValue)">
          <p class="intro">\(t(intro))</p>
          \(form)
          \(result)
        </section>
        </main>
        <footer>\(t(.footer))</footer>
        </body>
        </html>
        """
    }

    private var intro: PageText.Key {
        switch query.view {
        case .department: return .departmentIntro
        case .history: return .historyIntro
        case .compare: return .listsCompareIntro
        case .summary: return .summaryIntro
        }
    }

    private var views: String {
        let labels: [(DatasetQuery.View, PageText.Key)] = [(.department, .viewDepartment), (.history, .viewHistory),
                                                            (.compare, .viewCompare), (.summary, .viewSummary)]
        return labels.map { view, key in
            let active = view == query.view ? " class=\"active\"" : ""
            return "<a href=\"/dataset?view=\(view.rawValue)\(langSuffix)\" id=\"view-link-\(view.rawValue)\"\(active)>\(t(key))</a>"
        }.joined(separator: "\n")
    }

    // MARK: Forms

    private var form: String {
        let fields: String
        switch query.view {
        case .department:
            fields = field(.departmentField, select("name", options: departments.map { ($0, $0) }, selected: query.name, id: "q-department"))
        case .history:
            fields = field(.itemNameField, "<input type=\"text\" name=\"name\" id=\"q-name\" value=\"\(HTML.escape(query.name))\">")
                + field(.regionField, select("region", options: [("", text[.anyRegion])] + regionOptions, selected: query.region, id: "q-region"))
                + field(.lineageField, "<input type=\"number\" min=\"1\" name=\"lineage\" id=\"q-lineage\" value=\"\(query.lineage.map(String.init) ?? "")\">")
        case .compare:
            fields = field(.listAField, select("a", options: regionOptions, selected: query.a, id: "q-a"))
                + field(.listBField, select("b", options: regionOptions, selected: query.b, id: "q-b"))
                + field(.kindField, select("kind", options: kindOptions, selected: query.kind?.rawValue ?? "", id: "q-kind"))
                + field(.editionField, select("edition", options: [("", text[.latestEdition])] + editionOptions, selected: query.edition, id: "q-edition"))
        case .summary:
            return ""
        }
        let lang = text.language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : ""
        return """
        <form class="query" id="query-form" method="get" action="/dataset">
          <input type="hidden" name="view" value="\(query.view.rawValue)">\(lang)
          \(fields)
          <button type="submit" class="button primary" id="query-run">\(t(.runQuery))</button>
        </form>
        """
    }

    private func field(_ label: PageText.Key, _ control: String) -> String {
        "<label class=\"field\"><span class=\"which\">\(t(label))</span>\(control)</label>"
    }

    private func select(_ name: String, options: [(value: String, label: String)], selected: String, id: String) -> String {
        var out = "<select name=\"\(name)\" id=\"\(id)\">"
        for option in options {
            let mark = option.value == selected ? " selected" : ""
            out += "<option value=\"\(HTML.escape(option.value))\"\(mark)>\(HTML.escape(option.label))</option>"
        }
        return out + "</select>"
    }

    /// Each region once, in the lists' order, labelled by its township when it has one.
    private var regionOptions: [(value: String, label: String)] {
        var seen = Set<String>()
        return lists.compactMap { list in
            guard seen.insert(list.region).inserted else { return nil }
            return (list.region, list.region)
        }
    }

    private var kindOptions: [(value: String, label: String)] {
        ListKind.allCases.filter { kind in lists.contains { $0.kind == kind } }.map { ($0.rawValue, text.library.text(.listKindName($0))) }
    }

    private var editionOptions: [(value: String, label: String)] {
        Set(lists.map(\.edition)).filter { !$0.isEmpty }.sorted { EditionLabel($0) < EditionLabel($1) }.map { ($0, $0) }
    }

    // MARK: The answer

    private var result: String {
        switch answer {
        case nil:
            return ""
        case .failure(let error)?:
            return "<p class=\"message\" id=\"dataset-message\">\(HTML.escape(error.message))</p>"
        case .success(let table)?:
            let downloads: [(String, PageText.Key)] = [("xlsx", .downloadXLSX), ("csv", .downloadCSV), ("json", .downloadJSON),
                                                       ("md", .downloadMarkdown)]
            let links = downloads.map { format, key -> String in
                let href = HTML.escape("/api/dataset/\(query.view.rawValue)?" + query.query(extra: [("format", format), ("lang", text.language == .en ? "en" : "")]))
                return "<a class=\"button\" href=\"\(href)\" download>\(t(key))</a>"
            }.joined(separator: "")
            return """
            <article class="card" id="dataset-result">
              <div class="card-body"><div class="downloads">\(links)</div>
              \(ReportTableHTML(text: text).render(table))</div>
            </article>
            """
        }
    }
}
