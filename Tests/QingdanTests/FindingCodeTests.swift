import Foundation
import Testing

/// Finding codes are a stable, machine-readable contract: the schema allows lower-case dotted words
/// with hyphens. Every code written in the library's source must fit, whichever reader emits it.
@Suite struct FindingCodeTests {
    @Test func everyCodeInTheSourceFitsTheSchema() throws {
        let sources = packageRoot.appendingPathComponent("Sources/Qingdan")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let call = try Regex(#"Finding\(\s*\.(?:error|warning|info),\s*"([^"]*)""#)
        let valid = try Regex(#"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$"#)
        var codes: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: call) {
                if let code = match.output[1].substring { codes.insert(String(code)) }
            }
        }
        #expect(codes.count > 15, "the scan finds the codes")
        for code in codes.sorted() {
            #expect(code.wholeMatch(of: valid) != nil, "finding code \(code)")
        }
    }
}
