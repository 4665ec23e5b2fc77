import Foundation

/// Makes one PDF case for the fuzzer: either a small real PDF (a fixture) with one to four
/// mutations of its bytes and structure, or a generated page whose MediaBox and drawing
/// operators carry absurd numbers.
struct PDFFuzzMutator {
    /// The fixtures mutated: four-page lists with rules, small enough to read in a fraction of a second.
    static let fixtureNames = ["merged-category.pdf", "unruled.pdf"]

    var fixtures: [Data]

    static func load() throws -> PDFFuzzMutator {
        let folder = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/pdf")
        return PDFFuzzMutator(fixtures: try fixtureNames.map { try Data(contentsOf: folder.appendingPathComponent($0)) })
    }

    /// Numbers a PDF may hold that no producer writes.
    static let absurdNumbers = ["1e400", String(repeating: "9", count: 400), "-1", "0", "-0", "99999999999", "1e-30",
                                "0.000000001", "-99999999999", "2147483648", "4294967296", "NaN", "1e38", "14401"]

    func mutated(using random: inout SplitMix64) -> Data {
        if random.below(4) == 0 { return generated(using: &random) }
        var bytes = [UInt8](fixtures[random.below(fixtures.count)])
        for _ in 0..<(1 + random.below(4)) {
            mutate(&bytes, using: &random)
        }
        return Data(bytes)
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        guard !bytes.isEmpty else { return }
        switch random.below(6) {
        case 0:
            // Flip bits anywhere (compressed streams, fonts, the cross-reference table).
            for _ in 0..<(1 + random.below(8)) {
                bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
            }
        case 1:
            bytes = Array(bytes.prefix(9 + random.below(bytes.count)))
        case 2:
            // A number outside the streams replaced by an absurd one (MediaBox, /Length, /Count, offsets).
            let numbers = Self.numberRanges(in: bytes)
            guard !numbers.isEmpty else { return }
            let mediaBox = Self.ranges(of: Array("/MediaBox".utf8), in: bytes)
            let range: Range<Int>
            if random.below(2) == 0, let box = mediaBox.randomElement(using: &random),
               let inBox = numbers.first(where: { $0.lowerBound > box.upperBound && $0.lowerBound < box.upperBound + 8 + random.below(40) }) {
                range = inBox
            } else {
                range = numbers[random.below(numbers.count)]
            }
            bytes.replaceSubrange(range, with: Array(Self.absurdNumbers[random.below(Self.absurdNumbers.count)].utf8))
        case 3:
            // An object removed or doubled.
            let objects = Self.objectRanges(in: bytes)
            guard let object = objects.randomElement(using: &random) else { return }
            if random.below(2) == 0 {
                bytes.removeSubrange(object)
            } else {
                bytes.insert(contentsOf: bytes[object], at: object.upperBound)
            }
        case 4:
            // A reference pointed somewhere else (cycles, missing objects, a page as its own parent).
            let references = Self.ranges(of: Array(" 0 R".utf8), in: bytes)
            guard let reference = references.randomElement(using: &random) else { return }
            var start = reference.lowerBound
            while start > 0, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
            bytes.replaceSubrange(start..<reference.lowerBound, with: Array(String(random.below(40)).utf8))
        default:
            // Garbage spliced in.
            let offset = random.below(bytes.count + 1)
            let pieces = ["endobj", "stream\n", "endstream", "<<", ">>", "[", "]", "/Type /Page", "trailer", "%%EOF", "q ", "Q "]
            bytes.insert(contentsOf: Array(pieces[random.below(pieces.count)].utf8), at: offset)
        }
    }

    /// A one-page PDF of our own: uncompressed content, so its operators can be absurd.
    private func generated(using random: inout SplitMix64) -> Data {
        func number() -> String {
            random.below(3) == 0 ? Self.absurdNumbers[random.below(Self.absurdNumbers.count)] : String(random.below(900))
        }
        let box = (0..<4).map { index -> String in
            index < 2 ? (random.below(6) == 0 ? number() : "0") : number()
        }
        var operators: [String] = []
        for _ in 0..<(1 + random.below(40)) {
            switch random.below(9) {
            case 0: operators.append("\(number()) \(number()) \(number()) \(number()) re f")
            case 1: operators.append("\(number()) w \(number()) \(number()) m \(number()) \(number()) l S")
            case 2: operators.append("\(number()) 0 0 \(number()) \(number()) \(number()) cm")
            case 3: operators.append("BT /F1 \(number()) Tf \(number()) \(number()) Td (\(number())) Tj ET")
            case 4: operators.append(String(repeating: "q ", count: random.below(300)) + String(repeating: "Q ", count: random.below(300)))
            case 5: operators.append("BT /F9 12 Tf (x) Tj ET")
            case 6: operators.append("/X0 Do")
            case 7: operators.append("\(number()) \(number()) \(number()) rg \(number()) g")
            default: operators.append("\(number()) Tz \(number()) Tc \(number()) TL T*")
            }
        }
        let depth = random.below(4)
        return TinyPDF.page(mediaBox: "[\(box.joined(separator: " "))]", content: operators.joined(separator: "\n"),
                            resources: "/XObject << /X0 6 0 R >>") { pdf in
            for level in 0...depth {
                let inner = level < depth
                    ? (0..<(1 + random.below(10))).map { _ in "/X\(level + 1) Do" }.joined(separator: " ")
                    : "0 0 \(number()) \(number()) re f"
                let resources = level < depth ? "/Resources << /XObject << /X\(level + 1) \(7 + level) 0 R >> >>" : ""
                pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 \(number()) \(number())] \(resources)", Data(inner.utf8))
            }
        }
    }

    /// Runs of digits (with sign and point) outside `stream … endstream`.
    static func numberRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        let streamStart = Array("stream".utf8), streamEnd = Array("endstream".utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "s"), matches(streamStart, bytes, at: index), index == 0 || bytes[index - 1] != UInt8(ascii: "d") {
                // Skip to endstream.
                var end = index + streamStart.count
                while end < bytes.count, !matches(streamEnd, bytes, at: end) { end += 1 }
                index = end + streamEnd.count
                continue
            }
            let byte = bytes[index]
            if isNumeric(byte), index == 0 || !isNumeric(bytes[index - 1]) && !isLetter(bytes[index - 1]) {
                var end = index
                while end < bytes.count, isNumeric(bytes[end]) { end += 1 }
                if bytes[index..<end].contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                    ranges.append(index..<end)
                }
                index = end
                continue
            }
            index += 1
        }
        return ranges
    }

    /// `N 0 obj … endobj` blocks.
    static func objectRanges(in bytes: [UInt8]) -> [Range<Int>] {
        let starts = ranges(of: Array(" 0 obj".utf8), in: bytes)
        let ends = ranges(of: Array("endobj".utf8), in: bytes)
        return starts.compactMap { start in
            var begin = start.lowerBound
            while begin > 0, bytes[begin - 1] >= UInt8(ascii: "0"), bytes[begin - 1] <= UInt8(ascii: "9") { begin -= 1 }
            return ends.first { $0.lowerBound > start.upperBound }.map { begin..<$0.upperBound }
        }
    }

    static func ranges(of pattern: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Range<Int>] = []
        for index in 0...(bytes.count - pattern.count) where bytes[index] == first && matches(pattern, bytes, at: index) {
            found.append(index..<index + pattern.count)
        }
        return found
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func isNumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "/")
    }
}

extension Array {
    func randomElement(using random: inout SplitMix64) -> Element? {
        isEmpty ? nil : self[random.below(count)]
    }
}
