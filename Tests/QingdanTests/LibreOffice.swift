import Foundation

/// Converts documents with LibreOffice (`soffice`). The checks that use it are required: without
/// it they fail, naming what to install (`make deps` installs it).
enum LibreOffice {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "LibreOffice (soffice) is not installed: run `make deps` (libreoffice-writer-nogui, libreoffice-calc-nogui)" }
    }

    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Sheets of `book` as rows of cells, read from LibreOffice's CSV (UTF-8, all sheets).
    static func csvSheets(of book: URL, in directory: URL) throws -> [[[String]]] {
        // Filter options: comma, double quote, UTF-8, from row 1, …, -1 = every sheet to its own file.
        try convert(book, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", in: directory)
        let stem = book.deletingPathExtension().lastPathComponent
        return try ["清单", "条款"].compactMap { sheet in
            let url = directory.appendingPathComponent("\(stem)-\(sheet).csv")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return CSV.rows(try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// Converts `file` with the export `filter` ("docx:MS Word 2007 XML") into `directory`.
    static func convert(_ file: URL, to filter: String, in directory: URL) throws {
        guard let path else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to", filter,
            "--outdir", directory.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hung office process must not hang the suite: give up on it after three minutes.
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
    }

    /// A fresh scratch directory (removed by the caller).
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
