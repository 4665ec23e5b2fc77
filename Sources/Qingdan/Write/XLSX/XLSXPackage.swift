import Foundation
import ZIPFoundation

/// The parts of an XLSX file (an Open Packaging ZIP of SpreadsheetML) around the worksheets.
enum XLSXPackage {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let documentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Every entry carries this date (1980-01-01, the earliest a ZIP holds): the same list gives
    /// the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The workbook of `sheets`, zipped in memory (deflated, fixed dates): each part is made,
    /// zipped and released before the next, so that a long list's sheets are never all held as
    /// XML at once; the parts are zipped from the XML's own bytes, not a copy.
    static func archive(title: String, sheets: [Worksheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", coreProperties(title: title)),
            ("xl/workbook.xml", workbook(sheets: sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ] {
            try add(xml, at: path, to: archive)
        }
        var strings = SharedStrings()
        for (index, sheet) in sheets.enumerated() {
            try add(sheet.xml(strings: &strings), at: "xl/worksheets/sheet\(index + 1).xml", to: archive)
        }
        try add(strings.xml, at: "xl/sharedStrings.xml", to: archive)
        return archive.data ?? Data()
    }

    /// Adds one part, read from `xml`'s UTF-8 bytes where they are.
    private static func add(_ xml: String, at path: String, to archive: Archive) throws {
        var xml = xml
        try xml.withUTF8 { bytes in
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                Data(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[Int(position)..<Int(position) + size]))
            }
        }
    }

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...max(1, sheetCount)).map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheets
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    private static let rootRelationships = declaration
        + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(documentRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(packageRelationships)/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    /// Document properties: the list's title, and no dates (they would make the bytes differ).
    private static func coreProperties(title: String) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(XMLEscaping.escaped(title))</dc:title>"
            + "</cp:coreProperties>"
    }

    private static func workbook(sheets: [Worksheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLEscaping.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        // Each sheet prints its header row on every page.
        let printTitles = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(XMLEscaping.escaped(sheet.name))'!$1:$1</definedName>"
        }.joined()
        return declaration
            + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView/></bookViews>"
            + "<sheets>\(entries)</sheets>"
            + (printTitles.isEmpty ? "" : "<definedNames>\(printTitles)</definedNames>")
            + "</workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(documentRelationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined()
        return declaration
            + "<Relationships xmlns=\"\(packageRelationships)\">"
            + sheets
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(documentRelationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(documentRelationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    /// Cell formats in the order of `XLSXStyle`'s raw values.
    private static let styles = declaration
        + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
        + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
