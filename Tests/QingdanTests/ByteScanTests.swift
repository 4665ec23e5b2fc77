import Foundation
import Testing
@testable import Qingdan

/// The validators' byte scans (`ClauseSplitCheck.hasSentenceEndBeforeEnd`,
/// `QuoteCheck.holdsStraightQuote`, `LosslessCheck.rebuilds`) read a string's own UTF-8 buffer;
/// the truths here are the standard library's scalar and String answers, over every string of up
/// to four symbols from an alphabet holding each byte pattern they look for and its neighbours.
@Suite struct ByteScanTests {
    static let alphabet = ["。", "；", ";", "\"", "'", "\n", "一", "e\u{301}", "\u{FF1B}\u{301}", "a", "“"]

    static var strings: [String] {
        var all = [""]
        var last = [""]
        for _ in 1...4 {
            last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += last
        }
        return all
    }

    @Test func sentenceEndBeforeEndIsTheScalarAnswer() {
        let ends: Set<Unicode.Scalar> = ["。", "；", ";"]
        var wrong: [String] = []
        for text in Self.strings {
            let truth = text.unicodeScalars.dropLast().contains { ends.contains($0) }
            if ClauseSplitCheck.hasSentenceEndBeforeEnd(text) != truth { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func straightQuoteIsTheCharacterAnswer() {
        var wrong: [String] = []
        for text in Self.strings {
            // A straight quote is one ASCII byte; no Character holding it with a mark is in the alphabet.
            let truth = text.unicodeScalars.contains { $0 == "\"" || $0 == "'" }
            if QuoteCheck.holdsStraightQuote(text) != truth { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func rebuildsIsTheStringAnswer() {
        var wrong: [String] = []
        let strings = Self.strings.filter { $0.unicodeScalars.count <= 3 }
        let printedOnes = strings.filter { $0.unicodeScalars.count <= 2 }
        for printed in printedOnes {
            let comparable = String(String.UnicodeScalarView(printed.unicodeScalars.filter { $0 != "\n" }))
            for rebuilt in strings.prefix(400) + [comparable, comparable + "a", String(comparable.dropLast())] {
                let truth = rebuilt == comparable
                if LosslessCheck.rebuilds(Array(rebuilt.utf8), printed: printed) != truth { wrong.append("\(printed)|\(rebuilt)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// `CellText.lines` cuts by byte offsets; the truth is the Character split at line feeds
    /// (CR LF is one Character, so it is no break), empty lines left out, for a string and for a
    /// substring of it.
    @Test func cellLinesAreTheCharacterSplit() {
        var wrong: [String] = []
        for text in Self.strings + ["\r\n", "a\r\nb\nc", "\n\n一\n"] {
            let truth = text.split(separator: "\n").map(String.init)
            if CellText.lines(of: text).map(String.init) != truth { wrong.append(text) }
            let inner = ("x\n" + text + "\ny").dropFirst(2).dropLast(2)
            if CellText.lines(of: inner).map(String.init) != inner.split(separator: "\n").map(String.init) { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }
}
