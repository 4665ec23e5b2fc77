import Foundation
import Qingdan

/// Renders one list into the files `convert` writes.
struct OutputRenderer: Sendable {
    var byteOrderMark: Bool
    var language: Language = .chinese

    struct File {
        var name: String
        var data: Data
    }

    /// One output file: its name and the writer that appends its bytes.
    struct Output {
        var name: String
        var write: (inout OutputBuffer) throws(QingdanError) -> Void
    }

    /// The files `files(for:formats:stem:)` writes for `stem`, in the same order.
    static func names(stem: String, formats: [OutputFormat]) -> [String] {
        formats.flatMap { format -> [String] in
            switch format {
            case .json: return ["\(stem).json"]
            case .csv: return ["\(stem).csv", "\(stem).clauses.csv"]
            case .md: return ["\(stem).md"]
            case .xlsx: return ["\(stem).xlsx"]
            }
        }
    }

    /// Every file rendered whole in memory. `standardOutput`: one format to one stream, so the CSV
    /// is the item table only.
    func files(for list: DutyList, formats: [OutputFormat], stem: String,
               standardOutput: Bool = false) throws(QingdanError) -> [File] {
        var files: [File] = []
        for output in outputs(for: list, formats: formats, stem: stem, standardOutput: standardOutput) {
            var buffer = OutputBuffer()
            try output.write(&buffer)
            files.append(File(name: output.name, data: buffer.data))
        }
        return files
    }

    /// The files with the writers that append their bytes: `AtomicFile` hands each to its
    /// temporary file in pieces, so that a long list's outputs are never held whole.
    func outputs(for list: DutyList, formats: [OutputFormat], stem: String,
                 standardOutput: Bool = false) -> [Output] {
        var outputs: [Output] = []
        for format in formats {
            switch format {
            case .json:
                let json = JSONWriter(language: language)
                outputs.append(Output(name: "\(stem).json") { (out: inout OutputBuffer) throws(QingdanError) in try json.write(list, to: &out) })
            case .csv:
                let csv = CSVWriter(byteOrderMark: byteOrderMark)
                outputs.append(Output(name: "\(stem).csv") { (out: inout OutputBuffer) throws(QingdanError) in try csv.write(list, to: &out) })
                // On stdout a single format means a single stream: the item table only.
                if !standardOutput {
                    outputs.append(Output(name: "\(stem).clauses.csv") { (out: inout OutputBuffer) throws(QingdanError) in
                        try csv.writeClauses(list, to: &out)
                    })
                }
            case .md:
                let markdown = MarkdownWriter(language: language)
                outputs.append(Output(name: "\(stem).md") { (out: inout OutputBuffer) throws(QingdanError) in try markdown.write(list, to: &out) })
            case .xlsx:
                let xlsx = XLSXWriter(language: language)
                outputs.append(Output(name: "\(stem).xlsx") { (out: inout OutputBuffer) throws(QingdanError) in
                    let data: Data
                    do {
                        data = try xlsx.data(list)
                    } catch {
                        throw QingdanError(.unsupported, file: "\(stem).xlsx", .cannotBuildXLSX(detail: "\(error)"))
                    }
                    try out.append(data)
                })
            }
        }
        return outputs
    }
}
