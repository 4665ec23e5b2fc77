import ArgumentParser
import Foundation
import Qingdan

/// Expands the command line's inputs: files as given, directories to the list files inside them.
enum InputFiles {
    /// The forms `convert` and `check` read; not .json, .csv or .md, which are what they write.
    static let extensions: Set<String> = ["pdf", "txt", "text", "html", "htm", "docx"]

    /// What `dataset build` reads: the list forms and the canonical JSON `convert` writes.
    static let datasetExtensions: Set<String> = extensions.union(["json"])

    /// Files as given; directories to the list files inside them. A directory without any is an
    /// error that says what was looked for.
    static func expand(_ inputs: [String], extensions: Set<String> = InputFiles.extensions) throws(QingdanError) -> [String] {
        var files: [String] = []
        for input in inputs {
            guard isDirectory(input) else {
                files.append(input)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            let lists = names.sorted()
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
                // A folder named like a list (`out.pdf/`) is not one: folders are not read recursively.
                .filter { !isDirectory((input as NSString).appendingPathComponent($0)) }
            guard !lists.isEmpty else {
                throw QingdanError(.noTable, file: input, .noListInFolder(extensions: extensions.sorted()))
            }
            files += lists.map { (input as NSString).appendingPathComponent($0) }
        }
        return files
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The file name without directories and extension.
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
