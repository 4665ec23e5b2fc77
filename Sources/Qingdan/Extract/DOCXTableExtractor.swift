import Foundation
import ZIPFoundation

/// Reads the list table from a DOCX file: the first table whose header row reads as a list's
/// (序号, 事项名称, …), continued by later tables of the same columns up to a paragraph naming another
/// 清单, titled by the paragraphs above it.
struct DOCXTableExtractor {
    /// A document part larger than this is not a list (guards against zip bombs).
    private static let largestPart: UInt64 = 512 << 20

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        let document = try mainDocument(data: data, path: path)
        guard let body = document.root?.elements.first(where: { $0.isWord("body") }) else {
            throw QingdanError(.unsupported, file: path, "not a DOCX (word/document.xml has no w:body)")
        }
        var list: ListGrid?
        var paragraphsAbove: [String] = []
        for block in body.wordBlocks {
            if block.isWord("p") {
                var text = WordText()
                text.read(block)
                // After the list, a paragraph naming a 清单 heads another list (or notes on this one).
                if list != nil, text.text.contains("清单") { break }
                if list == nil { paragraphsAbove.append(text.text) }
                continue
            }
            guard block.isWord("tbl") else { continue }
            let grid = CellGrid(WordTable(node: block).rows)
            if var found = list {
                // A table that does not continue the list ends it (a signature or notes table).
                guard found.appendContinuation(grid) else { break }
                list = found
            } else if let found = ListGrid(grid) {
                list = found
                paragraphsAbove += found.leadingLines
            } else {
                paragraphsAbove = []
            }
        }
        guard let list else {
            throw QingdanError(.noTable, file: path, "no list table (no table has a header row such as 序号, 事项名称, 对应上级部门)")
        }
        let title = ListTitle.choose(from: paragraphsAbove)
        let findings = list.leadingLines.filter { line in !(title?.contains(ListTitle.joinedWraps(line)) ?? false) }.map { line in
            Finding(.error, "text.unplaced", message: "text in the table above its header row: \(line)")
        }
        return RawTable(title: title, headers: list.headers, rows: list.rows, findings: findings,
                        regionCharacters: list.regionCharacters, setAsideCharacters: list.setAsideCharacters,
                        headerGroups: list.groups)
    }

    /// Opens the ZIP and parses its main document part (word/document.xml, or where _rels/.rels points).
    private func mainDocument(data: Data, path: String) throws(QingdanError) -> MarkupDocument {
        // Read from a temporary file, not from memory: ZIPFoundation's in-memory archive traps when
        // a damaged directory points past the end of the data (a crash found by fuzzing), while a
        // real file just reads short.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: copy) }
        let archive: Archive
        do {
            try data.write(to: copy)
        } catch {
            throw QingdanError(.unreadable, file: path, "cannot write a temporary copy to unpack")
        }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw QingdanError(.unsupported, file: path, "not a DOCX (not a ZIP archive)")
        }
        let partName = mainPartName(in: archive) ?? "word/document.xml"
        guard let entry = archive[partName] else {
            throw QingdanError(.unsupported, file: path, "not a DOCX (the ZIP archive has no \(partName))")
        }
        guard let bytes = Self.read(entry, from: archive) else {
            throw QingdanError(.unsupported, file: path, "damaged DOCX: cannot unpack \(partName)")
        }
        guard let document = MarkupDocument.xml(bytes) else {
            throw QingdanError(.unsupported, file: path, "damaged DOCX: \(partName) is not well-formed XML")
        }
        return document
    }

    /// The officeDocument relationship's target in the package relationships, if it names one.
    private func mainPartName(in archive: Archive) -> String? {
        guard let entry = archive["_rels/.rels"], let bytes = Self.read(entry, from: archive),
              let relationships = MarkupDocument.xml(bytes)?.root else { return nil }
        let main = relationships.elements.first { relationship in
            relationship.name == "Relationship" && (relationship.attribute("Type")?.hasSuffix("/officeDocument") ?? false)
        }
        guard let target = main?.attribute("Target") else { return nil }
        return target.hasPrefix("/") ? String(target.dropFirst()) : target
    }

    private static func read(_ entry: Entry, from archive: Archive) -> Data? {
        guard entry.type == .file, UInt64(entry.uncompressedSize) <= largestPart else { return nil }
        var bytes = Data()
        do {
            _ = try archive.extract(entry) { bytes.append($0) }
        } catch {
            return nil
        }
        return bytes
    }
}
