/// A clause marker (条款序号) as printed: 一、 （一） 1. 2、 （1） 1） ①, and the one-glyph forms ⑴ ⒈.
/// The one grammar of clause markers: the tokenizers use it to see where a paragraph starts, the
/// normalizer to split clauses off.
struct ClauseLabel: Equatable, Sendable {
    /// Marker families, outermost first: a family further down nests inside one further up.
    enum Kind: Int, Comparable, Sendable {
        /// 一、
        case chinese
        /// （一）
        case parenChinese
        /// 1. 1、 1． ⒈
        case arabic
        /// （1） 1） ⑴
        case parenArabic
        /// ① … ㊿
        case circled

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    var kind: Kind
    var value: Int
    /// The marker exactly as printed.
    var printed: String

    /// Parses a whole printed label (as stored in `Clause.label`).
    init?(_ printed: String) {
        var reader = DutyTextReader(printed)
        guard let label = reader.readClauseLabel(), reader.didReachEnd else { return nil }
        self = label
    }

    init(kind: Kind, value: Int, printed: String) {
        self.kind = kind
        self.value = value
        self.printed = printed
    }

    /// The clause marker `text` starts with and the characters it takes; nil when it starts with
    /// none.
    static func prefix(of text: some StringProtocol) -> (label: ClauseLabel, length: Int)? {
        guard let first = text.unicodeScalars.first, canBeginLabel(first.value) else { return nil }
        // A marker is at most a few characters and the one after it: no need to read the rest.
        var reader = DutyTextReader(leadingCharacters(of: text, prefixCharacters))
        guard let label = reader.readClauseLabel() else { return nil }
        return (label, reader.index)
    }

    /// The first `count` Characters of `text`: its first `count` scalars where those and the one
    /// after them are their own Characters (nearly always), found without grapheme breaking.
    static func leadingCharacters<S: StringProtocol>(of text: S, _ count: Int) -> S.SubSequence {
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var taken = 0
        while taken < count, end != scalars.endIndex {
            guard SimpleScalars.isOwnGrapheme(scalars[end].value) else { return text.prefix(count) }
            end = scalars.index(after: end)
            taken += 1
        }
        if end != scalars.endIndex, !SimpleScalars.isOwnGrapheme(scalars[end].value) { return text.prefix(count) }
        return text[..<end]
    }

    /// The Characters `prefix(of:)` reads: the longest marker and what may follow it (2.2022 年).
    private static let prefixCharacters = 8

    /// Whether a Character beginning with this scalar may begin a marker: a digit, a bracket, a
    /// Chinese numeral or an enclosed number — or a CJK compatibility ideograph, which compares
    /// equal to the numeral it stands for (U+F9D1 is 六). Most lines begin otherwise and are
    /// passed over without reading Characters.
    static func canBeginLabel(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x30...0x39, 0xFF08, 0xFF10...0xFF19, 0x2460...0x249B, 0x3251...0x325F, 0x32B1...0x32BF,
             0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return chineseNumeralScalars.contains(value)
        }
    }

    /// The part of `text` the marker grammar can read: up to and including its first character
    /// that no marker holds (digits, numerals, brackets, delimiters, 年, and the space `-layout`
    /// text prints before 年). Every rule stops there, so a reader over this part reads the same
    /// marker as one over the whole text, without making Characters of a long paragraph. For
    /// text whose scalars are its Characters.
    static func grammarPrefix(of text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let stop = scalars.firstIndex(where: { !isMarkerScalar($0.value) }) else { return Substring(text) }
        return text[..<scalars.index(after: stop)]
    }

    private static func isMarkerScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x28, 0x29, 0x2E, 0x30...0x39, 0xFF08, 0xFF09, 0xFF0E, 0xFF10...0xFF19, 0x3001, 0x5E74:  // space ( ) . digits （ ） ． 、 年
            return true
        default:
            return canBeginLabel(value)
        }
    }

    private static let chineseNumeralScalars: Set<UInt32> = Set(chineseDigitValues.keys)

    /// The marks after which a clause run on in the same paragraph may begin: 1.负责甲。2.配合乙。
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";"]
    /// The first UTF-8 byte of each sentence end, by byte value.
    private static let sentenceEndLeads: [Bool] = {
        var leads = [Bool](repeating: false, count: 256)
        for scalar in sentenceEnds { leads[Int(String(scalar).utf8.first ?? 0)] = true }
        return leads
    }()
    /// The same as Characters, for text read by Characters (U+037E is a Character equal to ";").
    static let sentenceEndCharacters: Set<Character> = Set(sentenceEnds.map(Character.init))

    /// Where a paragraph that runs its numbered clauses on (1.负责甲。2.配合乙。3.…, （1）…；（2）…)
    /// is to be cut: before each label that follows a sentence end and carries on the paragraph's
    /// own label — the same family, each one more than the last. Empty when the labels after
    /// sentence ends are no such clean sequence (1.…。3.…, or 2. after 1. and then 2. again):
    /// then nothing is certain, the paragraph stays one clause and the validator reports it
    /// (clause.unsplit). Circled numbers are split by the paragraph parser already.
    static func runOnClauseStarts(in paragraph: String) -> [String.Index] {
        guard let own = prefix(of: paragraph)?.label, own.kind != .circled else { return [] }
        var starts: [String.Index] = []
        var expected = own.value + 1
        // Each label after a sentence end: by scalars where they are the paragraph's Characters.
        func take(_ next: String.Index) -> Bool {
            guard let (label, _) = prefix(of: paragraph[next...]), label.kind == own.kind else { return true }
            guard label.value == expected else { return false }
            starts.append(next)
            expected += 1
            return true
        }
        if SimpleScalars.all(paragraph) {
            // By bytes: only a scalar whose lead byte a sentence end has is decoded and looked up
            // (a Set lookup for every scalar was most of the normalizer's clause splitting).
            let bytes = paragraph.utf8
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let next = bytes.index(index, offsetBy: length)
                if sentenceEndLeads[Int(lead)], next < bytes.endIndex,
                   let scalar = paragraph.unicodeScalars[index...].first, sentenceEnds.contains(scalar), !take(next) { return [] }
                index = next
            }
            return starts
        }
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let next = paragraph.index(after: index)
            if sentenceEndCharacters.contains(paragraph[index]), next < paragraph.endIndex, !take(next) { return [] }
            index = next
        }
        return starts
    }

    /// Value of a circled number ①–⑳, ㉑–㉟, ㊱–㊿.
    static func circledValue(_ c: Character) -> Int? {
        singleScalar(of: c).flatMap(circledValue)
    }

    static func circledValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x2460...0x2473: return Int(value - 0x2460) + 1
        case 0x3251...0x325F: return Int(value - 0x3251) + 21
        case 0x32B1...0x32BF: return Int(value - 0x32B1) + 36
        default: return nil
        }
    }

    /// The marker a one-glyph enclosed number stands for: ⑴–⒇ for （1）–（20）, ⒈–⒛ for 1.–20.
    static func enclosed(_ c: Character) -> (kind: Kind, value: Int)? {
        singleScalar(of: c).flatMap(enclosed)
    }

    static func enclosed(_ value: UInt32) -> (kind: Kind, value: Int)? {
        switch value {
        case 0x2474...0x2487: return (.parenArabic, Int(value - 0x2474) + 1)
        case 0x2488...0x249B: return (.arabic, Int(value - 0x2488) + 1)
        default: return nil
        }
    }

    /// Value of an ASCII or full-width digit.
    static func digitValue(_ c: Character) -> Int? {
        singleScalar(of: c).flatMap(digitValue)
    }

    static func digitValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0xFF10...0xFF19: return Int(value - 0xFF10)
        default: return nil
        }
    }

    /// The value of a Character that is one scalar (digits and enclosed numbers have no other
    /// spelling as a Character).
    private static func singleScalar(of c: Character) -> UInt32? {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first.value
    }

    static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// `chineseDigits` by scalar value (each numeral is one scalar).
    private static let chineseDigitValues: [UInt32: Int] = Dictionary(uniqueKeysWithValues: chineseDigits.compactMap { character, value in
        singleScalar(of: character).map { ($0, value) }
    })

    /// The value of a Chinese numeral 一 … 十 read as a unit.
    static func chineseDigit(_ value: UInt32) -> Int? {
        chineseDigitValues[value]
    }

    /// 一 … 九十九.
    static func chineseValue(_ units: ArraySlice<Unicode.Scalar>) -> Int? {
        let digits = units.compactMap { chineseDigit($0.value) }
        guard !digits.isEmpty, digits.count == units.count else { return nil }
        switch digits.count {
        case 1: return digits[0]
        case 2 where digits[0] == 10 && digits[1] < 10: return 10 + digits[1]
        case 2 where digits[0] < 10 && digits[1] == 10: return digits[0] * 10
        case 3 where digits[0] < 10 && digits[1] == 10 && digits[2] < 10: return digits[0] * 10 + digits[2]
        default: return nil
        }
    }

    /// Every character the marker grammar reads by its scalar rather than by a range (numerals,
    /// brackets, delimiters, the space and 年 of a year): a Character of non-simple text that equals
    /// one of these is read as it (`DutyTextReader.unit(of:)`).
    static let grammarCharacters: [(character: Character, scalar: Unicode.Scalar)] = {
        let scalars = DutyTextReader.openParens.union(DutyTextReader.closeParens).union(DutyTextReader.arabicDelimiters)
            .union(DutyTextReader.chineseDelimiters).union(chineseDigitValues.keys.compactMap { Unicode.Scalar($0) })
            .union([" ", "年"])
        return scalars.sorted { $0.value < $1.value }.map { (Character($0), $0) }
    }()
}

extension DutyTextReader {
    static let openParens: Set<Unicode.Scalar> = ["（", "("]
    static let closeParens: Set<Unicode.Scalar> = ["）", ")"]
    static let arabicDelimiters: Set<Unicode.Scalar> = [".", "．", "、"]
    static let chineseDelimiters: Set<Unicode.Scalar> = ["、", "．"]

    /// Reads a clause marker at the cursor, or reads nothing and returns nil.
    mutating func readClauseLabel() -> ClauseLabel? {
        let start = index
        if let label = readCircledLabel() ?? readEnclosedLabel() ?? readParenLabel() ?? readArabicLabel() ?? readChineseLabel() {
            return label
        }
        rewind(to: start)
        return nil
    }

    mutating func readCircledLabel() -> ClauseLabel? {
        guard let unit = currentUnit, let value = ClauseLabel.circledValue(unit.value) else { return nil }
        let start = index
        advance()
        return ClauseLabel(kind: .circled, value: value, printed: text(from: start))
    }

    /// ⑴ ⒈
    private mutating func readEnclosedLabel() -> ClauseLabel? {
        guard let unit = currentUnit, let (kind, value) = ClauseLabel.enclosed(unit.value) else { return nil }
        let start = index
        advance()
        return ClauseLabel(kind: kind, value: value, printed: text(from: start))
    }

    /// （1） (1) （一）
    private mutating func readParenLabel() -> ClauseLabel? {
        let start = index
        guard read(oneOf: Self.openParens) != nil else { return nil }
        let body = read(while: { ClauseLabel.digitValue($0.value) != nil || ClauseLabel.chineseDigit($0.value) != nil })
        guard !body.isEmpty, read(oneOf: Self.closeParens) != nil else {
            rewind(to: start)
            return nil
        }
        if let value = Self.arabicValue(body) {
            return ClauseLabel(kind: .parenArabic, value: value, printed: text(from: start))
        }
        if let value = ClauseLabel.chineseValue(body) {
            return ClauseLabel(kind: .parenChinese, value: value, printed: text(from: start))
        }
        rewind(to: start)
        return nil
    }

    /// 1. 1、 1． and 1）; a "." followed by a digit is a decimal point, not a marker.
    private mutating func readArabicLabel() -> ClauseLabel? {
        let start = index
        let digits = read(while: { ClauseLabel.digitValue($0.value) != nil })
        guard let value = Self.arabicValue(digits) else {
            rewind(to: start)
            return nil
        }
        if read(oneOf: Self.closeParens) != nil {
            return ClauseLabel(kind: .parenArabic, value: value, printed: text(from: start))
        }
        guard let delimiter = read(oneOf: Self.arabicDelimiters),
              delimiter == "、" || currentUnit.flatMap({ ClauseLabel.digitValue($0.value) }) == nil || startsWithYear() else {
            rewind(to: start)
            return nil
        }
        return ClauseLabel(kind: .arabic, value: value, printed: text(from: start))
    }

    /// Digits of a year (`yearDigits` of them, then 年) at the cursor: after "2." they begin the
    /// clause (`2.2022年起…`) rather than continue a decimal (3.5亿). `-layout` text prints the
    /// gap between the Latin digits and 年 as one space (`2.2022 年起…`). Reads nothing.
    private mutating func startsWithYear() -> Bool {
        let start = index
        defer { rewind(to: start) }
        let digits = read(while: { ClauseLabel.digitValue($0.value) != nil })
        if currentUnit == " " { _ = read(while: { $0 == " " }) }
        return digits.count == Self.yearDigits && currentUnit == "年"
    }

    private static let yearDigits = 4

    /// 一、 十二．
    private mutating func readChineseLabel() -> ClauseLabel? {
        let start = index
        let body = read(while: { ClauseLabel.chineseDigit($0.value) != nil })
        guard let value = ClauseLabel.chineseValue(body), read(oneOf: Self.chineseDelimiters) != nil else {
            rewind(to: start)
            return nil
        }
        return ClauseLabel(kind: .chinese, value: value, printed: text(from: start))
    }

    /// Up to three digits: longer runs are years or amounts, not markers.
    private static func arabicValue(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        let values = digits.compactMap { ClauseLabel.digitValue($0.value) }
        guard (1...3).contains(values.count), values.count == digits.count else { return nil }
        return values.reduce(0) { $0 * 10 + $1 }
    }
}
