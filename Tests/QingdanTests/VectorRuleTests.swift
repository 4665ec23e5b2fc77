import Foundation
import Testing
@testable import Qingdan

/// The rules read from each page's drawing against those the rendering shows (the route used
/// before, and independent of it: pixels of poppler's cairo rendering, not its path operations).
@Suite struct VectorRuleTests {
    static let pdfs = [
        "Samples/kouquan-cooperative.pdf", "Samples/kouquan-cooperative-rev.pdf",
    ] + ["chromium-a5-spaced", "chromium-letter", "chromium-shaded", "kouquan-portrait", "merged-category",
         "merged-whole-rows", "portrait-first-header", "scan-appendix", "unruled"]
        .map { "Tests/QingdanTests/Fixtures/pdf/\($0).pdf" }

    /// Same rule: same direction, within a pixel and a half of the 2 px/pt rendering across,
    /// and within two pixels at each end (a rendered line ends where the crossing line's ink does).
    static func same(_ a: Rule, _ b: Rule) -> Bool {
        a.direction == b.direction && abs(a.position - b.position) <= 0.75
            && abs(a.start - b.start) <= 1 && abs(a.end - b.end) <= 1
    }

    @Test(arguments: pdfs)
    func drawingGivesTheRulesTheRenderingShows(path: String) throws {
        let url = packageRoot.appendingPathComponent(path)
        let data = try Data(contentsOf: url)
        try PopplerLock.run { () throws(QingdanError) in
            let document = try PDFDocument(data: data, password: nil, path: url.path)
            var compared = 0
            for index in 0..<document.pageCount {
                let page = try document.loadPage(at: index, path: url.path)
                let glyphs = page.glyphs
                guard glyphs.contains(where: { !$0.isSpace }) else { continue }
                let em = PDFPageLayout.em(of: glyphs)
                guard let drawing = page.drawing else {
                    Issue.record("page \(index + 1): drawing not readable")
                    continue
                }
                #expect(drawing.isComplete)
                let vector = VectorRuleFinder(em: em, glyphs: glyphs).rules(in: drawing)
                let raster = PDFPageLayout.rasterRules(of: page, em: em, glyphs: glyphs)
                for rule in vector {
                    #expect(raster.contains { Self.same($0, rule) }, "page \(index + 1): \(rule) is not in the rendering")
                }
                // The rendering also shows strokes of bold glyphs as short runs (a 一 in the
                // title); every line longer than any glyph is in the drawing.
                for rule in raster where rule.length > 3 * em {
                    #expect(vector.contains { Self.same($0, rule) }, "page \(index + 1): \(rule) is missing from the drawing")
                }
                compared += raster.count
            }
            #expect(compared > 0 || path.hasSuffix("unruled.pdf"))
        }
    }

    @Test func aThinFilledRectangleAndAHairlineAreRules() {
        // A quarter-point rule drawn as a filled rectangle and a 0-width (device hairline) stroke,
        // both of which a 1 px/pt rendering can lose.
        var drawing = PageDrawing()
        drawing.fills = [.init(box: Box(x0: 50, y0: 100, x1: 300, y1: 100.25), ink: 255)]
        drawing.strokes = [.init(x0: 50, y0: 100, x1: 50, y1: 400, width: 0, ink: 120)]
        let rules = VectorRuleFinder(em: 10, glyphs: []).rules(in: drawing)
        #expect(rules.contains(Rule(direction: .horizontal, position: 100.125, start: 50, end: 300)))
        #expect(rules.contains(Rule(direction: .vertical, position: 50, start: 100, end: 400)))
    }

    @Test func piecesOfOneBorderJoinAndAGreyCellFillDoesNotSwallowIt() {
        var drawing = PageDrawing()
        // A border drawn cell by cell, touching ends, and a grey header fill right beside it.
        drawing.strokes = [
            .init(x0: 40, y0: 80, x1: 120, y1: 80, width: 0.75, ink: 255),
            .init(x0: 120, y0: 80, x1: 200, y1: 80, width: 0.75, ink: 255),
        ]
        drawing.fills = [.init(box: Box(x0: 40, y0: 80.4, x1: 200, y1: 100), ink: 64)]
        let rules = VectorRuleFinder(em: 10, glyphs: []).rules(in: drawing)
        #expect(rules == [Rule(direction: .horizontal, position: 80, start: 40, end: 200)])
    }

    @Test func paperWhiteAndThickMarksAreNotRules() {
        var drawing = PageDrawing()
        drawing.strokes = [.init(x0: 40, y0: 80, x1: 200, y1: 80, width: 0.5, ink: 20)]
        drawing.fills = [.init(box: Box(x0: 40, y0: 200, x1: 200, y1: 210), ink: 255)]
        #expect(VectorRuleFinder(em: 10, glyphs: []).rules(in: drawing).isEmpty)
    }
}
