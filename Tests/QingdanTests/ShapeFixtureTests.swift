import Foundation
import Testing
@testable import Qingdan

/// Lists of the three kinds in the table shapes of issue 9, each rendered to every input form by
/// Tests/Tools/make_shape_fixtures.py, read through `ListReader` and compared item by item with
/// the truth the generator wrote from its own data.
@Suite struct ShapeFixtureTests {
    /// Renderings the readers do not yet get exactly right. Each must still carry an error finding
    /// (`neverSilentlyWrong`); when one comes out exact, `renderingIsExact` fails until it is taken
    /// off this list.
    static let notYetExact: Set<String> = [
        // 汛期为5 / (blank line) / 月至9月: the export breaks the 备注 at a font change, across a
        // blank line, beside a line printing three cells; `text.cells-joined` reports it.
        "basic-sections.export.txt",
    ]

    /// Renderings that come out wrong with no error finding yet: the worst outcome, listed so
    /// that each fix shows; when one gets an error finding or comes out exact,
    /// `neverSilentlyWrong` fails until it is taken off this list.
    static let silentlyWrongYet: Set<String> = [
    ]

    static func read(_ rendering: GeneratedShapeTruth.Rendering) throws -> (DutyList, ShapeComparison) {
        let list = try ListReader().read(path: rendering.path)
        return (list, try GeneratedShapeTruth.load(rendering.variant).compare(list))
    }

    @Test(arguments: GeneratedShapeTruth.allRenderings)
    func renderingIsExact(_ rendering: GeneratedShapeTruth.Rendering) throws {
        let (list, comparison) = try Self.read(rendering)
        if Self.notYetExact.contains(rendering.file) {
            withKnownIssue("not yet exact: \(comparison.exact)/\(comparison.total)") {
                #expect(comparison.isExact)
            }
        } else {
            #expect(comparison.isExact, "\(comparison.exact)/\(comparison.total) exact\n\(comparison.differences.prefix(12).joined(separator: "\n"))")
            // Right and said to be right: no error finding raises a false alarm.
            let errors = list.findings.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.code))")
        }
    }

    /// A conversion without an error finding must be right.
    @Test(arguments: GeneratedShapeTruth.allRenderings)
    func neverSilentlyWrong(_ rendering: GeneratedShapeTruth.Rendering) throws {
        let (list, comparison) = try Self.read(rendering)
        let errors = list.findings.filter { $0.severity == .error }
        if Self.silentlyWrongYet.contains(rendering.file) {
            withKnownIssue("silently wrong: \(comparison.exact)/\(comparison.total) exact, no error finding") {
                #expect(comparison.isExact || !errors.isEmpty)
            }
            return
        }
        #expect(comparison.isExact || !errors.isEmpty,
                "\(comparison.exact)/\(comparison.total) exact and no error finding:\n\(comparison.differences.prefix(12).joined(separator: "\n"))")
    }

    /// A rendering damaged on purpose: `qingdan check` must exit 1 (an error finding), where the
    /// same rendering undamaged comes out exact and passes.
    @Test func damagedRenderingFailsCheck() throws {
        let name = "returned-unruled.layout.txt"
        let original = GeneratedShapeTruth.directory.appendingPathComponent(name)
        let (_, comparison) = try Self.read(GeneratedShapeTruth.Rendering(variant: "returned-unruled", file: name))
        #expect(comparison.isExact)
        #expect(try CLI.run(["check", original.path]).status == 0)

        // Item 5's 序号 rubbed out: its lines run on into item 4.
        let text = try String(contentsOf: original, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("5 ") })
        lines[row] = " " + lines[row].dropFirst()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let damaged = directory.appendingPathComponent(name)
        try lines.joined(separator: "\n").write(to: damaged, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", damaged.path])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains(" error "))

        // An HTML row missing its 事项名称 cell: every later cell moves one column left.
        let html = try String(contentsOf: GeneratedShapeTruth.directory.appendingPathComponent("cooperative-grouped.html"), encoding: .utf8)
        let marker = "<td><p>6</p></td>"
        let start = try #require(html.range(of: marker))
        let cell = try #require(html.range(of: "</td>", range: start.upperBound..<html.endIndex))
        let shifted = directory.appendingPathComponent("cooperative-grouped.html")
        try (String(html[..<start.upperBound]) + String(html[cell.upperBound...])).write(to: shifted, atomically: true, encoding: .utf8)
        let shiftedStatus = try CLI.run(["check", shifted.path]).status
        // The shifted cells put no department's name in 配合部门 (department.not-a-name) and empty
        // cells where others have text: an error.
        #expect(shiftedStatus == 1)
    }

    @Test func everyVariantHasEveryForm() throws {
        let variants = GeneratedShapeTruth.variants
        #expect(variants.count >= 6)
        for variant in variants {
            let files = try GeneratedShapeTruth.load(variant).renderings.map(\.file)
            for form in [".html", ".docx", ".lo.pdf", ".chromium.pdf", ".raw.txt", ".layout.txt", ".export.txt"] {
                #expect(files.contains(variant + form), "\(variant) has no \(form)")
            }
            for file in files {
                #expect(FileManager.default.fileExists(atPath: GeneratedShapeTruth.directory.appendingPathComponent(file).path), "\(file) missing")
            }
        }
    }
}
