import ArgumentParser
import Qingdan

/// The formats `convert` writes, with their file suffix.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case json, csv, md, xlsx

    /// Parses "json,csv,md".
    static func list(_ text: String) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError(Phrase.unknownFormat(name: name, choices: allCases.map(\.rawValue).joined(separator: ", ")).local)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError(Phrase.noFormat.local) }
        return formats
    }
}
