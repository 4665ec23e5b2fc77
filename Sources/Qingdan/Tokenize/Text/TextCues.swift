/// What the wording of a line says about its place in a cell: paragraph markers, department names,
/// department headings (部门标题, "区民政局："), punctuation that cannot begin a line.
enum TextCues {
    /// Marks that close a phrase and so never begin a cell: a line starting with one continues the
    /// line before it.
    static let closingPunctuation: Set<Character> = ["。", "，", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", "】",
                                                     ".", ",", ";", ":", "!", "?", ")"]
    /// Marks that end a sentence.
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";"]
    static let openingBrackets: Set<Character> = ["（", "(", "《", "「", "【", "“"]
    /// Last characters of organisation names (局, 部, 委 …).
    static let organisationSuffixes = ["局", "部", "委", "室", "会", "院", "队", "所", "站", "中心", "公司", "办", "处", "厅", "馆", "社", "行", "团", "组"]
    /// First characters of administrative bodies' names (区…, 市…).
    static let administrativePrefixes: Set<Character> = ["区", "市", "县", "省", "镇", "乡", "旗", "州"]
    /// Phrase punctuation: a department name has none.
    static let phrasePunctuation: Set<Character> = ["。", "，", "；", "：", "、", ",", ";", ":"]
    /// Openings typical of township (乡镇) duties.
    static let townshipWords = ["配合", "协助", "上报", "报送", "及时"]
    /// Openings typical of superior departments' duties.
    static let superiorWords = ["负责", "指导", "审核", "审批", "组织", "查处", "监督"]

    /// A line that is only closing punctuation (a lone 。 or 、 left over from a wrap).
    static func isPunctuationOnly(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { closingPunctuation.contains($0) }
    }

    static func startsWithClosingPunctuation(_ text: String) -> Bool {
        text.first.map { closingPunctuation.contains($0) } ?? false
    }

    static func startsWithOpeningBracket(_ text: String) -> Bool {
        text.first.map { openingBrackets.contains($0) } ?? false
    }

    static func endsSentence(_ text: String) -> Bool {
        text.last.map { sentenceEnds.contains($0) } ?? false
    }

    /// A paragraph marker at the start: clause numbers "1." "2、" "（1）", circled numbers ①,
    /// Chinese numerals "一、".
    static func startsParagraph(_ text: String) -> Bool {
        markerLength(text) > 0
    }

    /// A circled number ① … ⑳ at the start: these also count items inside a paragraph.
    static func startsWithCircledNumber(_ text: String) -> Bool {
        text.first.map { ("\u{2460}"..."\u{2473}").contains($0) } ?? false
    }

    /// The number of a clause marker "3." / "3、" at the start, nil for other text.
    static func clauseNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, markerLength(text) == digits.count + 1 else { return nil }
        return Int(digits)
    }

    /// Characters the paragraph marker at the start of `text` takes (0 when there is none).
    static func markerLength(_ text: String) -> Int {
        let characters = Array(text.prefix(8))
        guard let first = characters.first else { return 0 }
        if ("\u{2460}"..."\u{2473}").contains(first) { return 1 }
        if first.isASCII, first.isNumber {
            let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
            guard digits < characters.count, [".", "．", "、"].contains(characters[digits]) else { return 0 }
            // "1.5倍" is a number, not a clause.
            if digits + 1 < characters.count, characters[digits + 1].isNumber { return 0 }
            return digits + 1
        }
        if first == "（" || first == "(" {
            let digits = characters.dropFirst().prefix { $0.isNumber }.count
            guard digits > 0, digits + 1 < characters.count, [")", "）"].contains(characters[digits + 1]) else { return 0 }
            return digits + 2
        }
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let count = characters.prefix { numerals.contains($0) }.count
        if count > 0, count < characters.count, characters[count] == "、" { return count + 1 }
        return 0
    }

    /// A whole department name on its own: short, ends like an organisation (before any bracketed
    /// second name, "区人力资源和社会保障局（区医疗保障局）"), no phrase punctuation.
    static func isDepartmentName(_ text: String) -> Bool {
        guard text.count <= 30, !hasPhrasePunctuation(text) else { return false }
        var name = Substring(text)
        if name.last == "）" || name.last == ")" {
            // A bracketed second name, or the end of one wrapped from the line above.
            name = name.lastIndex(where: { $0 == "（" || $0 == "(" }).map { name[..<$0] } ?? name.dropLast()
        }
        return name.count <= 20 && organisationSuffixes.contains { name.hasSuffix($0) }
    }

    /// Begins like an administrative body and carries no phrase punctuation ("区住房和城乡建设",
    /// a department printed without its closing 局).
    static func looksLikeDepartment(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return administrativePrefixes.contains(first) && !hasPhrasePunctuation(text) && text.count <= 20
    }

    /// A department heading inside a duties cell ("区民政局：").
    static func isHeading(_ text: String) -> Bool {
        (text.hasSuffix("：") || text.hasSuffix(":")) && text.count <= 30
    }

    /// Whether a space between these characters is one an extractor invents where a font or
    /// script changes ("① 低保", "3 层"), not one typed in the document.
    static func isInventedGap(between before: Character, and after: Character) -> Bool {
        func isCircledNumber(_ c: Character) -> Bool { ("\u{2460}"..."\u{2473}").contains(c) }
        func isIdeograph(_ c: Character) -> Bool { c.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false }
        func isLatinOrDigit(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        return isCircledNumber(before) || isCircledNumber(after)
            || (isIdeograph(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isIdeograph(after))
    }

    /// Text that is only a page number: "5", "- 5 -", "—5—", "第5页", "第5页 共23页", "5/23".
    static func isPageNumber(_ text: String) -> Bool {
        let decoration: Set<Character> = ["-", "—", "–", "_", "第", "页", "共", "/", " "]
        let core = text.filter { !decoration.contains($0) }
        return !core.isEmpty && text.count <= 12 && core.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether `text` opens a bracket it does not close (the name or phrase runs on below).
    static func leavesBracketOpen(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "（" || character == "(" { depth += 1 }
            if character == "）" || character == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The department names a heading spells out: "区文化和旅游局、区消防救援大队：" gives two.
    static func departmentNames(inHeading text: String) -> [String] {
        guard isHeading(text) else { return [] }
        return body(text).dropLast().split(separator: "、").map(String.init).filter(isDepartmentName)
    }

    static func hasPhrasePunctuation(_ text: String) -> Bool {
        text.contains { phrasePunctuation.contains($0) }
    }

    /// The text after its paragraph marker.
    static func body(_ text: String) -> Substring {
        text.dropFirst(markerLength(text))
    }
}
