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

    /// `standardOutput`: one format to one stream, so the CSV is the item table only.
    func files(for list: DutyList, formats: [OutputFormat], stem: String,
               standardOutput: Bool = false) throws(QingdanError) -> [File] {
        var files: [File] = []
        for format in formats {
            switch format {
            case .json:
                files.append(File(name: "\(stem).json", data: JSONWriter(language: language).data(list)))
            case .csv:
                let csv = CSVWriter(byteOrderMark: byteOrderMark)
                files.append(File(name: "\(stem).csv", data: csv.data(list)))
                // On stdout a single format means a single stream: the item table only.
                if !standardOutput {
                    files.append(File(name: "\(stem).clauses.csv", data: csv.clausesData(list)))
                }
            case .md:
                files.append(File(name: "\(stem).md", data: Data(MarkdownWriter(language: language).render(list).utf8)))
            case .xlsx:
                do {
                    files.append(File(name: "\(stem).xlsx", data: try XLSXWriter(language: language).data(list)))
                } catch {
                    throw QingdanError(.unsupported, file: "\(stem).xlsx", .cannotBuildXLSX(detail: "\(error)"))
                }
            }
        }
        return files
    }
}
