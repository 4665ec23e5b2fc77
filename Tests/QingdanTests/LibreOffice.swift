import Foundation

/// Converts a workbook to CSV with LibreOffice (`soffice`), one file per sheet.
enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Sheets of `book` as rows of cells, read from LibreOffice's CSV (UTF-8, all sheets).
    static func csvSheets(of book: URL, in directory: URL) throws -> [[[String]]] {
        guard let path else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        // Filter options: comma, double quote, UTF-8, from row 1, …, -1 = every sheet to its own file.
        process.arguments = [
            "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", directory.path, book.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hung office process must not hang the suite: give up on it after three minutes.
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        let stem = book.deletingPathExtension().lastPathComponent
        return try ["清单", "条款"].compactMap { sheet in
            let url = directory.appendingPathComponent("\(stem)-\(sheet).csv")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return CSV.rows(try String(contentsOf: url, encoding: .utf8))
        }
    }
}
