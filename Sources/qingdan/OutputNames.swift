import Foundation
import Qingdan

/// Chooses the name (stem) each input's outputs are written under, so that no two inputs of a
/// batch write the same file. The stem is the input's name without its extension; when two
/// inputs would write one file — `a.pdf` and `a.docx` (both `a.json`), or `a.txt` and
/// `a.clauses.docx` (both `a.clauses.csv`) — each of them keeps its extension instead
/// (`a.pdf.json`, `a.docx.json`), and, should that still collide (the same name in two folders),
/// a number (`a.pdf-2.json`).
struct OutputNames {
    /// One stem per input, in input order.
    var stems: [String]
    /// Inputs whose stem is not the plain one, for the message that says so.
    var renamed: [(file: String, stem: String)]

    init(files: [String], formats: [OutputFormat]) {
        var stems = files.map(InputFiles.stem)
        var renamed = Set<Int>()
        // Round 1: colliding inputs keep their extension; round 2 onwards: a number.
        for round in 0..<Self.rounds {
            let clashing = Self.clashing(stems, formats: formats)
            if clashing.isEmpty { break }
            for index in clashing.sorted() {
                let name = (files[index] as NSString).lastPathComponent
                stems[index] = round == 0 ? name : "\(name)-\(index + 1)"
                renamed.insert(index)
            }
        }
        self.stems = stems
        self.renamed = renamed.sorted().map { (files[$0], stems[$0]) }
    }

    /// Two rounds settle every case (a numbered stem is unique by its index); a third is a guard.
    private static let rounds = 3

    /// The indices of stems that share an output file name with another.
    static func clashing(_ stems: [String], formats: [OutputFormat]) -> Set<Int> {
        var owners: [String: Int] = [:]
        var clashing = Set<Int>()
        for (index, stem) in stems.enumerated() {
            for name in OutputRenderer.names(stem: stem, formats: formats) {
                if let other = owners[name], other != index {
                    clashing.insert(other)
                    clashing.insert(index)
                } else {
                    owners[name] = index
                }
            }
        }
        return clashing
    }
}
