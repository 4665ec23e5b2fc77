import Foundation
import Qingdan

/// Which edition a list is: a label a clerk gives (`--edition 2025`), or else a year printed in the
/// title (…清单（2025年版）) or in the file name (口泉乡-2024.pdf). Editions are ordered by the
/// label's leading number where it has one, then by its text.
public struct EditionLabel: Sendable, Equatable, Comparable {
    public var text: String

    public init(_ text: String) {
        self.text = text.trimmingCharacters(in: .whitespaces)
    }

    /// The label for `list`: `given`, else the title's year, else the file name's, else "".
    public static func of(_ list: DutyList, given: String?) -> EditionLabel {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return EditionLabel(given) }
        for text in [list.title, list.source.file] {
            if let year = year(in: text) { return EditionLabel(String(year)) }
        }
        return EditionLabel("")
    }

    /// The number a label starts with (2025 of 2025, 2025修订), ordering editions.
    public var number: Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty || digits.count > 9 ? nil : Int(digits)
    }

    public static func < (a: EditionLabel, b: EditionLabel) -> Bool {
        switch (a.number, b.number) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.text < b.text
        }
    }

    /// Years a list can carry; a run of four digits from 1949 to 2099 not inside a longer number
    /// (a sha or a phone number in a file name is not a year).
    static let years = 1949...2099

    static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j].isASCII, scalars[j].properties.numericType != nil { j += 1 }
            if j - i == 4, let value = Int(String(String.UnicodeScalarView(scalars[i..<j]))), years.contains(value) {
                return value
            }
            i = j
        }
        return nil
    }
}
