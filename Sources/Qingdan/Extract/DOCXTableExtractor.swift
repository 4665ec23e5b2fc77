import Foundation
import ZIPFoundation

/// Reads the list table from a DOCX file: the first table whose header row reads as a list's
/// (序号, 事项名称, …), continued by later tables of the same columns up to a paragraph naming another
/// 清单, titled by the paragraphs above it.
struct DOCXTableExtractor {
    /// A document part larger than this is not a list (guards against zip bombs): a 1,000-page
    /// list's word/document.xml is about 10 MB.
    private static let largestPart: UInt64 = 64 << 20

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        let document = try mainDocument(data: data, path: path)
        guard let body = document.root?.elements.first(where: { $0.isWord("body") }) else {
            throw QingdanError(.unsupported, file: path, .notDOCXNoBody)
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
            throw QingdanError(.noTable, file: path, .noListTable)
        }
        let title = ListTitle.choose(from: paragraphsAbove)
        let findings = list.leadingLines.filter { line in !(title?.contains(ListTitle.joinedWraps(line)) ?? false) }.map { line in
            Finding(.error, "text.unplaced", .textAboveHeaderRow(text: line))
        }
        return RawTable(title: title, headers: list.headers, rows: list.rows, findings: findings,
                        regionCharacters: list.regionCharacters, setAsideCharacters: list.setAsideCharacters,
                        headerGroups: list.groups)
    }

    /// Opens the ZIP and parses its main document part (word/document.xml, or where _rels/.rels points).
    private func mainDocument(data: Data, path: String) throws(QingdanError) -> MarkupDocument {
        let archive = try Self.archive(data: data, path: path)
        let partName = mainPartName(in: archive) ?? "word/document.xml"
        guard let entry = archive[partName] else {
            throw QingdanError(.unsupported, file: path, .notDOCXMissingPart(part: partName))
        }
        let bytes: Data
        switch Self.read(entry, from: archive) {
        case .success(let read): bytes = read
        case .failure(.tooLarge):
            throw QingdanError(.unsupported, file: path, .partTooLarge(part: partName, megabytes: Int(Self.largestPart >> 20)))
        case .failure(.damaged):
            throw QingdanError(.unsupported, file: path, .damagedDOCXUnpack(part: partName))
        }
        do {
            return try MarkupDocument.xml(bytes)
        } catch .overBudget(let reason) {
            throw QingdanError(.unsupported, file: path, .partOverBudget(part: partName, reason: reason))
        } catch {
            throw QingdanError(.unsupported, file: path, .damagedDOCXXML(part: partName))
        }
    }

    /// The archive, read from a private temporary file that is unlinked as soon as it is open (a
    /// kill leaves no copy of the input behind): ZIPFoundation's in-memory archive traps when a
    /// damaged directory points past the end of the data (a crash found by fuzzing), while a real
    /// file just reads short.
    private static func archive(data: Data, path: String) throws(QingdanError) -> Archive {
        let copy = try TemporaryFile(privateCopyNaming: path)
        defer { copy.discard() }
        guard copy.write(data) else {
            throw QingdanError(.unreadable, file: path, .cannotCopyToUnpack)
        }
        do {
            // The archive keeps its FILE open, so the name can go right away (`defer` above).
            return try Archive(url: URL(fileURLWithPath: copy.path), accessMode: .read)
        } catch {
            throw QingdanError(.unsupported, file: path, .notDOCXNotZip)
        }
    }

    /// The officeDocument relationship's target in the package relationships, if it names one.
    private func mainPartName(in archive: Archive) -> String? {
        guard let entry = archive["_rels/.rels"], let bytes = try? Self.read(entry, from: archive).get(),
              let relationships = (try? MarkupDocument.xml(bytes))?.root else { return nil }
        let main = relationships.elements.first { relationship in
            relationship.name == "Relationship" && (relationship.attribute("Type")?.hasSuffix("/officeDocument") ?? false)
        }
        guard let target = main?.attribute("Target") else { return nil }
        return target.hasPrefix("/") ? String(target.dropFirst()) : target
    }

    enum UnpackFailure: Error { case tooLarge, damaged }

    /// The entry's bytes, inflated in pieces and counted as they come: the size the archive
    /// declares is not trusted (a 10 MB file declaring 1,000 bytes inflated to 10 GiB).
    private static func read(_ entry: Entry, from archive: Archive) -> Result<Data, UnpackFailure> {
        guard entry.type == .file else { return .failure(.damaged) }
        guard UInt64(entry.uncompressedSize) <= largestPart else { return .failure(.tooLarge) }
        var bytes = Data()
        do {
            _ = try archive.extract(entry) { piece in
                guard UInt64(bytes.count + piece.count) <= largestPart else { throw UnpackFailure.tooLarge }
                bytes.append(piece)
            }
        } catch UnpackFailure.tooLarge {
            return .failure(.tooLarge)
        } catch {
            return .failure(.damaged)
        }
        return .success(bytes)
    }
}
