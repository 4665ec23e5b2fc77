import Foundation
import Qingdan

/// The check-against-the-page view: each PDF page drawn with the grid found (`qingdan inspect`)
/// beside the items printed on that page (an item that runs over a page break is on both).
struct CheckPageHTML {
    var text: PageText

    func render(_ list: DutyList, pages: [Int: Data]) -> String {
        let table = ListTableHTML(text: text)
        var out = "<p class=\"legend\">\(HTML.escape(text[.pageLegend]))</p>\n"
        let general = ListTableHTML.ordered(list.findings.filter { $0.item == nil })
        if !general.isEmpty {
            out += "<div class=\"list-findings\"><h4>\(HTML.escape(text[.listFindings]))</h4>\(table.findings(general))</div>\n"
        }
        for number in pages.keys.sorted() {
            guard let png = pages[number] else { continue }
            let title = text.format(.page, String(number))
            let items = list.items.filter { $0.source.pages.contains(number) }
            out += "<section class=\"page\" id=\"page-\(number)\" data-page=\"\(number)\">\n"
            out += "<figure><figcaption>\(HTML.escape(title))</figcaption>"
            out += "<img loading=\"lazy\" alt=\"\(HTML.escape(title))\" src=\"data:image/png;base64,\(png.base64EncodedString())\"></figure>\n"
            out += "<div class=\"page-items\"><h4>\(HTML.escape(text[.pageItems]))</h4>"
            out += items.isEmpty ? "<p class=\"empty\">\(HTML.escape(text[.noItemsOnPage]))</p>"
                                 : table.render(list, items: items, withListFindings: false)
            out += "</div>\n</section>\n"
        }
        return out
    }
}
