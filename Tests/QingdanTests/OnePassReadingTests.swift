import Foundation
import Testing
@testable import Qingdan

/// A PDF page's text and drawing are read in one run of poppler over its content stream
/// (`PDFPage.contents`: poppler-glib's own text device, recording the paths as well). The truth
/// they are held to is the route they replace, read apart: the text through poppler-glib itself
/// (`poppler_page_get_text` and `poppler_page_get_text_layout`, `PDFPage.glyphs`) and the
/// drawing in a run of its own (`PDFPage.drawing`). Every glyph (character and box, to the last
/// bit) and every mark must be the same, on every PDF the project holds and on pages built here
/// for the cases where one run cannot be the same (those are read twice, and must say so).
@Suite struct OnePassReadingTests {
    /// Every PDF under Samples/ and Tests/ (the shape fixtures the generator wrote included),
    /// found by listing, so a fixture added later is compared too.
    static let pdfs: [String] = {
        let manager = FileManager.default
        var found: [String] = []
        for folder in ["Samples", "Tests"] {
            let root = packageRoot.appendingPathComponent(folder)
            guard let walk = manager.enumerator(atPath: root.path) else { continue }
            while let path = walk.nextObject() as? String {
                if path.hasSuffix(".pdf") { found.append("\(folder)/\(path)") }
            }
        }
        return found.sorted()
    }()

    /// The password of the encrypted fixture (`BadInputTests`).
    static let password = "secret"

    /// Reads every page of `data` both ways; returns how many pages each way read in one run.
    @discardableResult
    static func expectBothRoutesAgree(_ data: Data, name: String) throws -> (onePass: Int, twoPasses: Int) {
        try PopplerLock.run { () throws(QingdanError) -> (onePass: Int, twoPasses: Int) in
            let document = try PDFDocument(data: data, password: Self.password, path: name)
            var onePass = 0, twoPasses = 0
            for index in 0..<document.pageCount {
                let page = try document.loadPage(at: index, path: name)
                let contents = page.contents
                let glyphs = page.glyphs
                #expect(contents.glyphs.count == glyphs.count, "\(name) page \(index + 1): glyph count")
                if let first = zip(contents.glyphs, glyphs).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                    Issue.record("\(name) page \(index + 1), glyph \(first): \(contents.glyphs[first]) ≠ \(glyphs[first])")
                }
                // Compared as printed: a damaged page's marks may hold NaN, which is never == itself.
                #expect(String(describing: contents.drawing) == String(describing: page.drawing), "\(name) page \(index + 1): drawing")
                if contents.passes == 1 { onePass += 1 } else { twoPasses += 1 }
            }
            return (onePass, twoPasses)
        }
    }

    @Test(arguments: pdfs)
    func eachPageReadsAsPopplerGlibAndTheDrawingRunGiveIt(path: String) throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent(path))
        let (onePass, twoPasses) = try Self.expectBothRoutesAgree(data, name: path)
        // None of the project's PDFs has what forces a second run: the one run is what was read.
        #expect(onePass > 0)
        #expect(twoPasses == 0)
    }

    @Test func theTableDrawnAsAPictureReadsTheSame() throws {
        let (onePass, _) = try Self.expectBothRoutesAgree(RasterFallbackTests.pdfWithPictureTable(), name: "picture-table.pdf")
        #expect(onePass == 1)
    }

    /// Pages built here: each a case where the drawing device and the text device could part.
    static let builtPages: [(name: String, pdf: Data, passes: Int)] = [
        // A tiling pattern's cell is drawn like a form: its text must not reach the text layer
        // (poppler-glib's text device skips patterns) — read twice.
        ("tiling-pattern", TinyPDF.page(
            mediaBox: "[0 0 400 400]",
            content: "/Pattern cs /P1 scn 20 20 200 200 re f BT /F1 12 Tf 72 300 Td (outside) Tj ET",
            resources: "/Pattern << /P1 6 0 R >>") { pdf in
                pdf.addStream("/PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 50 50] /XStep 50 /YStep 50 /Resources << /Font << /F1 5 0 R >> >>",
                              Data("BT /F1 10 Tf 5 20 Td (cell) Tj ET 0 0 m 50 0 l S".utf8))
            }, 2),
        // A string filled with a pattern: its pattern is painted (fills) where the drawing,
        // read without fonts, never painted it — read twice.
        ("pattern-text", TinyPDF.page(
            mediaBox: "[0 0 400 400]",
            content: "/Pattern cs /P1 scn BT /F1 24 Tf 72 300 Td (shaded) Tj ET 0 0 0 RG 10 10 m 300 10 l S",
            resources: "/Pattern << /P1 6 0 R >>") { pdf in
                pdf.add(shadingPattern)
            }, 2),
        // A path filled with a shading: poppler reports a pattern fill the same way for shadings
        // and tilings (updatePatternOpacity), so it is read twice too — both runs agree anyway.
        ("shaded-path", TinyPDF.page(
            mediaBox: "[0 0 400 400]",
            content: "/Pattern cs /P1 scn 50 50 200 40 re f BT /F1 12 Tf 72 300 Td (text) Tj ET",
            resources: "/Pattern << /P1 6 0 R >>") { pdf in
                pdf.add(shadingPattern)
            }, 2),
        // Images inline and as objects, an image mask among them: the text device skips them,
        // this one draws them; the text after them must read the same — read once.
        ("images", TinyPDF.page(
            mediaBox: "[0 0 400 400]",
            content: """
            q 40 0 0 40 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{1}\u{2}\u{3}\u{4} EI Q
            q 40 0 0 40 150 50 cm BI /W 8 /H 2 /IM true ID AB EI Q
            q 40 0 0 40 250 50 cm /Im1 Do Q
            BT /F1 12 Tf 72 300 Td (after images) Tj ET 0 0 m 100 0 l S
            """,
            resources: "/XObject << /Im1 6 0 R >>") { pdf in
                pdf.addStream("/Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
                              Data([0, 255]))
            }, 1),
        // An annotation's appearance is drawn (after the contents), not read as text — read once.
        ("annotation", TinyPDF.page(
            mediaBox: "[0 0 400 400]",
            content: "BT /F1 12 Tf 72 300 Td (contents) Tj ET 10 10 m 300 10 l S",
            resources: "") { pdf in
                pdf.objects[2] = Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>".utf8)
                pdf.add("<< /Type /Annot /Subtype /Square /Rect [100 100 200 200] /F 4 /AP << /N 7 0 R >> >>")
                pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 5 0 R >> >>",
                              Data("0 0 m 100 0 l S 0 0 100 2 re f BT /F1 9 Tf 5 50 Td (note) Tj ET".utf8))
            }, 1),
        // Optional content: a hidden form is skipped by the drawing device but entered by the
        // text device (which counts its characters) — the document is read twice.
        ("optional-content", {
            var pdf = TinyPDF()
            pdf.add("<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>")
            pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 7 0 R >> /Properties << /oc1 6 0 R >> >> >>")
            pdf.addStream("", Data("BT /F1 12 Tf 72 300 Td (shown) Tj ET 5 5 m 50 5 l S /Fm1 Do /OC /oc1 BDC 0 0 m 100 100 l S EMC".utf8))
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            pdf.add("<< /Type /OCG /Name (hidden) >>")
            pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 400 400] /OC 6 0 R /Resources << /Font << /F1 5 0 R >> >>",
                          Data("10 20 m 300 20 l S BT /F1 12 Tf 72 200 Td (hidden) Tj ET".utf8))
            return pdf.data
        }(), 2),
    ]

    static let shadingPattern = "<< /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 300 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 0] /C1 [1 1 1] /N 1 >> >> >>"

    @Test(arguments: builtPages.indices)
    func builtPagesReadTheSameOnceOrTwice(index: Int) throws {
        let page = Self.builtPages[index]
        let (onePass, twoPasses) = try Self.expectBothRoutesAgree(page.pdf, name: page.name)
        #expect(page.passes == 1 ? onePass == 1 && twoPasses == 0 : onePass == 0 && twoPasses == 1, "\(page.name)")
        // Each built page has text, and something drawn.
        let contents = try PopplerLock.run { () throws(QingdanError) -> PageContents in
            try PDFDocument(data: page.pdf, password: nil, path: page.name).loadPage(at: 0, path: page.name).contents
        }
        #expect(contents.glyphs.contains { !$0.isSpace }, "\(page.name)")
        let drawing = try #require(contents.drawing)
        #expect(!(drawing.strokes.isEmpty && drawing.fills.isEmpty && drawing.images.isEmpty), "\(page.name)")
    }

    @Test func theTilingPatternsTextStaysOutAndItsLinesIn() throws {
        let pdf = Self.builtPages[0].pdf
        let contents = try PopplerLock.run { () throws(QingdanError) -> PageContents in
            try PDFDocument(data: pdf, password: nil, path: "tiling").loadPage(at: 0, path: "tiling").contents
        }
        #expect(String(contents.glyphs.map(\.character)) == "outside")
        // The cell's line, drawn once per cell across the 200 pt square (50 pt cells).
        #expect((contents.drawing?.strokes.count ?? 0) >= 16)
    }

    /// Mutated fixtures (the fuzzer's own mutations): whatever poppler makes of the bytes, both
    /// routes make the same of it.
    @Test func mutatedPDFsReadTheSame() throws {
        let mutator = try PDFFuzzMutator.load()
        var random = SplitMix64(seed: 20_261_201)
        var read = 0
        for case_ in 0..<40 {
            let data = mutator.mutated(using: &random)
            do {
                try Self.expectBothRoutesAgree(data, name: "mutation \(case_)")
                read += 1
            } catch {
                // Not a PDF poppler can open, or a page it cannot load: both routes share that.
            }
        }
        #expect(read > 10)
    }

    /// The outputs of the CLI, every format, are byte-identical read either way
    /// (`QINGDAN_PDF_PASSES=2` takes the two runs).
    @Test func outputsAreByteIdenticalEitherWay() throws {
        let dir = try temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for path in Self.pdfs {
            let name = path.replacingOccurrences(of: "/", with: "_")
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(path), to: inputs.appendingPathComponent(name))
        }
        try RasterFallbackTests.pdfWithPictureTable().write(to: inputs.appendingPathComponent("picture-table.pdf"))
        var outputs: [[String: Data]] = []
        for environment in [[:], ["QINGDAN_PDF_PASSES": "2"]] {
            let out = dir.appendingPathComponent("out-\(outputs.count)")
            let result = try CLI.run(["convert", inputs.path, "-o", out.path, "--format", "json,csv,md,xlsx",
                                      "--password", Self.password, "--jobs", "1"], environment: environment)
            // Some fixtures are meant to fail (no table, a scan): exit 3, the others written.
            #expect(result.status == 3, "\(result.stderr)")
            var files: [String: Data] = [:]
            for name in listing(out) { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
            outputs.append(files)
        }
        #expect(outputs[0].count >= 4 * 20, "\(outputs[0].keys.sorted())")
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, data) in outputs[0] {
            #expect(outputs[1][name] == data, "\(name) differs")
        }
    }
}
