import ArgumentParser
import Foundation
import Qingdan
import QingdanDataset

/// Options every dataset query takes: the dataset and how to write the answer.
struct DatasetQueryOptions: ParsableArguments {
    @Option(help: "The dataset file (from dataset build).")
    var db: String

    @Option(help: "md, csv, xlsx or json.")
    var format: ReportFormat = .md

    @Option(name: .shortAndLong, help: "Write the report to this file (required for xlsx; default: standard output).")
    var output: String?

    @Flag(help: "Write CSV without the UTF-8 byte order mark.")
    var noBom = false

    @OptionGroup var language: LanguageOption

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case md, csv, xlsx, json
    }

    func validate() throws {
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx needs -o FILE") }
    }

    /// Runs `query` on the dataset and writes its table; exit 3 when it cannot be answered.
    func answer(_ query: (Dataset) throws -> ReportTable) throws {
        do {
            let table = try query(try Dataset(path: db, language: language.language))
            let data: Data
            switch format {
            case .md: data = table.markdownData()
            case .csv: data = table.csvData(byteOrderMark: !noBom)
            case .json: data = table.jsonData()
            case .xlsx: data = try table.xlsx()
            }
            if let output { try AtomicFile.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
    }
}

struct DatasetDepartment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department",
        abstract: "Every item and clause of one department across all lists (resolved names: 区市场监督局 finds 区市场监督管理局).")

    @Argument(help: "The department's name.")
    var name: String

    @OptionGroup var options: DatasetQueryOptions

    func run() throws {
        try options.answer { try $0.department(name) }
    }
}

struct DatasetHistory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "One item across editions, with the clause-level change at each step.")

    @Option(help: "The item's lineage id (column lineage of the items table).")
    var lineage: Int64?

    @Option(help: "The item's name (exact, or else contained in the name).")
    var name: String?

    @Option(help: "Only lists whose region contains this text (with --name).")
    var region: String?

    @OptionGroup var options: DatasetQueryOptions

    func validate() throws {
        guard (lineage == nil) != (name == nil) else { throw ValidationError("give --lineage ID or --name TEXT") }
    }

    func run() throws {
        try options.answer { dataset in
            if let lineage { return try dataset.history(lineage: lineage) }
            return try dataset.history(name: name ?? "", region: region)
        }
    }
}

struct DatasetCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "What one township's list has that another's lacks, by content.")

    @Argument(help: "The first list: its id, township, region or title.")
    var listA: String

    @Argument(help: "The second list.")
    var listB: String

    @Option(help: "basic, cooperative or returned: which of the townships' lists.")
    var kind: String?

    @Option(help: "Which edition (default: the latest of each).")
    var edition: String?

    @OptionGroup var options: DatasetQueryOptions

    func validate() throws {
        if let kind, ListKind(rawValue: kind) == nil { throw ValidationError("unknown kind '\(kind)' (basic, cooperative, returned, other)") }
    }

    func run() throws {
        try options.answer { try $0.compare(listA, listB, kind: kind.flatMap(ListKind.init(rawValue:)), edition: edition) }
    }
}

struct DatasetSummary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Item counts per township, kind, edition and category.")

    @OptionGroup var options: DatasetQueryOptions

    func run() throws {
        try options.answer { try $0.summary() }
    }
}
