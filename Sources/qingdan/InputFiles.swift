import ArgumentParser
import Foundation

/// Expands the command line's inputs: files as given, directories to the list files inside them.
enum InputFiles {
    /// The forms `convert` and `check` read; not .json, .csv or .md, which are what they write.
    static let extensions: Set<String> = ["pdf", "txt", "text", "html", "htm", "docx"]

    /// What `dataset build` reads: the list forms and the canonical JSON `convert` writes.
    static let datasetExtensions: Set<String> = extensions.union(["json"])

    static func expand(_ inputs: [String], extensions: Set<String> = InputFiles.extensions) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                files += names.sorted()
                    .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
                    .map { (input as NSString).appendingPathComponent($0) }
            } else {
                files.append(input)
            }
        }
        return files
    }

    /// The file name without directories and extension.
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
