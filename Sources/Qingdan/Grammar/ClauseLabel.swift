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
        // A printed label is a few simple scalars: read from its bytes.
        if let label = printed.utf8.withContiguousStorageIfAvailable({ bytes -> ClauseLabel?? in
            guard SimpleScalars.all(utf8: bytes) else { return .none }
            var cursor = UTF8MarkerCursor(bytes)
            guard let label = cursor.readClauseLabel(), cursor.didReachEnd else { return .some(nil) }
            return label
        }), let decided = label {
            guard let decided else { return nil }
            self = decided
            return
        }
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
        if let decided = text.utf8.withContiguousStorageIfAvailable({ prefix(utf8: $0, from: 0) }), let decided { return decided }
        guard let first = text.unicodeScalars.first, canBeginLabel(first.value) else { return nil }
        // A marker is at most a few characters and the one after it: no need to read the rest.
        var reader = DutyTextReader(leadingCharacters(of: text, prefixCharacters))
        guard let label = reader.readClauseLabel() else { return nil }
        return (label, reader.index)
    }

    /// `prefix(of:)` of the text that starts at `start` of `bytes` (a string's own UTF-8), read
    /// from the bytes where its first `prefixCharacters` scalars and the one after them are
    /// their own Characters (as `leadingCharacters` takes them); nil (undecided) otherwise.
    static func prefix(utf8 bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (label: ClauseLabel, length: Int)?? {
        guard start < bytes.count else { return .some(nil) }
        let first = UTF8MarkerCursor.scalarValue(in: bytes, at: start)
        guard canBeginLabel(first) else { return .some(nil) }
        guard UTF8MarkerCursor.leadingScalarsAreOwn(bytes, from: start, count: prefixCharacters + 1) else { return .none }
        var cursor = UTF8MarkerCursor(bytes, from: start, unitLimit: prefixCharacters)
        guard let label = cursor.readClauseLabel() else { return .some(nil) }
        return (label, cursor.mark.unit)
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
            return chineseDigit(value) != nil
        }
    }

    /// The marks after which a clause run on in the same paragraph may begin: 1.负责甲。2.配合乙。
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";"]
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
        if let starts = paragraph.utf8.withContiguousStorageIfAvailable({ bytes -> [String.Index]? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            // By bytes: a sentence end is 。 (E3 80 82), ； (EF BC 9B) or ; — no scalar decoded
            // elsewhere; each label after one read from the bytes in place.
            var starts: [String.Index] = []
            var expected = own.value + 1
            var offset = 0
            let count = bytes.count
            while offset < count {
                let lead = bytes[offset]
                let next = offset + UTF8MarkerCursor.length(lead: lead)
                if next < count, isSentenceEnd(bytes, at: offset), let found = prefix(utf8: bytes, from: next), let (label, _) = found,
                   label.kind == own.kind {
                    guard label.value == expected else { return [] }
                    starts.append(paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: next))
                    expected += 1
                }
                offset = next
            }
            return starts
        }), let starts {
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

    /// Whether the scalar at `offset` of valid UTF-8 is one of `sentenceEnds`: 。 (E3 80 82),
    /// ； (EF BC 9B) or ;.
    @inline(__always)
    static func isSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let lead = bytes[offset]
        if lead == 0x3B { return true }
        guard lead == 0xE3 || lead == 0xEF, offset + 2 < bytes.count else { return false }
        return lead == 0xE3 ? bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82
            : bytes[offset + 1] == 0xBC && bytes[offset + 2] == 0x9B
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

    /// The value of a Chinese numeral 一 … 十 read as a unit: `chineseDigits` by scalar value, as a
    /// switch (a dictionary lookup hashed every scalar the grammar asked about; `GrammarTests`
    /// holds the two to each other).
    static func chineseDigit(_ value: UInt32) -> Int? {
        switch value {
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        case 0x5341: return 10  // 十
        default: return nil
        }
    }

    /// Every character the marker grammar reads by its scalar rather than by a range (numerals,
    /// brackets, delimiters, the space and 年 of a year): a Character of non-simple text that equals
    /// one of these is read as it (`DutyTextReader.unit(of:)`).
    static let grammarCharacters: [(character: Character, scalar: Unicode.Scalar)] = {
        let scalars = DutyTextReader.openParens.union(DutyTextReader.closeParens).union(DutyTextReader.arabicDelimiters)
            .union(DutyTextReader.chineseDelimiters).union(chineseDigits.keys.compactMap { $0.unicodeScalars.first })
            .union([" ", "年"])
        return scalars.sorted { $0.value < $1.value }.map { (Character($0), $0) }
    }()
}

extension DutyTextReader {
    static let openParens: Set<Unicode.Scalar> = ["（", "("]
    static let closeParens: Set<Unicode.Scalar> = ["）", ")"]
    static let arabicDelimiters: Set<Unicode.Scalar> = [".", "．", "、"]
    static let chineseDelimiters: Set<Unicode.Scalar> = ["、", "．"]
}

/// The sets above as the grammar tests them: by value, no hashing (`GrammarTests` holds each
/// to its set).
extension ClauseLabel {
    static func isOpenParen(_ value: UInt32) -> Bool { value == 0xFF08 || value == 0x28 }
    static func isCloseParen(_ value: UInt32) -> Bool { value == 0xFF09 || value == 0x29 }
    static func isArabicDelimiter(_ value: UInt32) -> Bool { value == 0x2E || value == 0xFF0E || value == 0x3001 }
    static func isChineseDelimiter(_ value: UInt32) -> Bool { value == 0x3001 || value == 0xFF0E }
}

/// A run of numerals the grammar read (digits, Chinese numerals or both), kept as the values it
/// needs: a marker's number has at most three of them.
private struct NumeralRun {
    var count = 0
    var digits = 0
    var arabic = 0
    var chinese = 0
    var chineseValues: (Int, Int, Int) = (0, 0, 0)

    mutating func add(_ value: UInt32) {
        if let digit = ClauseLabel.digitValue(value) {
            if digits < 3 { arabic = arabic * 10 + digit }
            digits += 1
        } else if let numeral = ClauseLabel.chineseDigit(value) {
            switch chinese {
            case 0: chineseValues.0 = numeral
            case 1: chineseValues.1 = numeral
            case 2: chineseValues.2 = numeral
            default: break
            }
            chinese += 1
        }
        count += 1
    }

    /// Up to three digits: longer runs are years or amounts, not markers.
    var arabicValue: Int? {
        (1...3).contains(count) && digits == count ? arabic : nil
    }

    /// 一 … 九十九.
    var chineseValue: Int? {
        guard count > 0, chinese == count else { return nil }
        let (a, b, c) = chineseValues
        switch count {
        case 1: return a
        case 2 where a == 10 && b < 10: return 10 + b
        case 2 where a < 10 && b == 10: return a * 10
        case 3 where a < 10 && b == 10 && c < 10: return a * 10 + c
        default: return nil
        }
    }
}

extension ClauseMarkerCursor {
    /// Reads a clause marker at the cursor, or reads nothing and returns nil.
    mutating func readClauseLabel() -> ClauseLabel? {
        let start = mark
        if let label = readCircledLabel() ?? readEnclosedLabel() ?? readParenLabel() ?? readArabicLabel() ?? readChineseLabel() {
            return label
        }
        rewind(to: start)
        return nil
    }

    mutating func readCircledLabel() -> ClauseLabel? {
        guard let unit = currentUnit, let value = ClauseLabel.circledValue(unit.value) else { return nil }
        let start = mark
        advance()
        return ClauseLabel(kind: .circled, value: value, printed: printed(from: start))
    }

    /// ⑴ ⒈
    private mutating func readEnclosedLabel() -> ClauseLabel? {
        guard let unit = currentUnit, let (kind, value) = ClauseLabel.enclosed(unit.value) else { return nil }
        let start = mark
        advance()
        return ClauseLabel(kind: kind, value: value, printed: printed(from: start))
    }

    /// Reads the unit at the cursor if `test` holds for it.
    private mutating func read(_ test: (UInt32) -> Bool) -> Unicode.Scalar? {
        guard let unit = currentUnit, test(unit.value) else { return nil }
        advance()
        return unit
    }

    /// Reads numerals while `test` holds.
    private mutating func readNumerals(_ test: (UInt32) -> Bool) -> NumeralRun {
        var run = NumeralRun()
        while let unit = currentUnit, test(unit.value) {
            run.add(unit.value)
            advance()
        }
        return run
    }

    /// （1） (1) （一）
    private mutating func readParenLabel() -> ClauseLabel? {
        let start = mark
        guard read(ClauseLabel.isOpenParen) != nil else { return nil }
        let body = readNumerals { ClauseLabel.digitValue($0) != nil || ClauseLabel.chineseDigit($0) != nil }
        guard body.count > 0, read(ClauseLabel.isCloseParen) != nil else {
            rewind(to: start)
            return nil
        }
        if let value = body.arabicValue {
            return ClauseLabel(kind: .parenArabic, value: value, printed: printed(from: start))
        }
        if let value = body.chineseValue {
            return ClauseLabel(kind: .parenChinese, value: value, printed: printed(from: start))
        }
        rewind(to: start)
        return nil
    }

    /// 1. 1、 1． and 1）; a "." followed by a digit is a decimal point, not a marker.
    private mutating func readArabicLabel() -> ClauseLabel? {
        let start = mark
        guard let value = readNumerals({ ClauseLabel.digitValue($0) != nil }).arabicValue else {
            rewind(to: start)
            return nil
        }
        if read(ClauseLabel.isCloseParen) != nil {
            return ClauseLabel(kind: .parenArabic, value: value, printed: printed(from: start))
        }
        guard let delimiter = read(ClauseLabel.isArabicDelimiter),
              delimiter == "、" || currentUnit.flatMap({ ClauseLabel.digitValue($0.value) }) == nil || startsWithYear() else {
            rewind(to: start)
            return nil
        }
        return ClauseLabel(kind: .arabic, value: value, printed: printed(from: start))
    }

    /// Digits of a year (`yearDigits` of them, then 年) at the cursor: after "2." they begin the
    /// clause (`2.2022年起…`) rather than continue a decimal (3.5亿). `-layout` text prints the
    /// gap between the Latin digits and 年 as one space (`2.2022 年起…`). Reads nothing.
    private mutating func startsWithYear() -> Bool {
        let start = mark
        defer { rewind(to: start) }
        let digits = readNumerals { ClauseLabel.digitValue($0) != nil }
        while currentUnit == " " { advance() }
        return digits.count == ClauseLabel.yearDigits && currentUnit == "年"
    }

    /// 一、 十二．
    private mutating func readChineseLabel() -> ClauseLabel? {
        let start = mark
        let body = readNumerals { ClauseLabel.chineseDigit($0) != nil }
        guard let value = body.chineseValue, read(ClauseLabel.isChineseDelimiter) != nil else {
            rewind(to: start)
            return nil
        }
        return ClauseLabel(kind: .chinese, value: value, printed: printed(from: start))
    }
}

extension ClauseLabel {
    static let yearDigits = 4
}
