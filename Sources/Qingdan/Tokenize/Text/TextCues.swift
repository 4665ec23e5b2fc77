/// What the wording of a line says about its place in a cell: paragraph markers, department names,
/// department headings (部门标题, "区民政局："), punctuation that cannot begin a line.
enum TextCues {
    /// Marks that end a sentence (not ：, which introduces what follows).
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";"]
    /// Phrase punctuation: a department name has none.
    static let phrasePunctuation: Set<Character> = ["。", "，", "；", "：", "、", ",", ";", ":"]
    /// Openings typical of township (乡镇) duties.
    static let townshipWords = ["配合", "协助", "上报", "报送", "及时"]
    /// Openings typical of superior departments' duties.
    static let superiorWords = ["负责", "指导", "审核", "审批", "组织", "查处", "监督"]
    /// The first scalars of `townshipWords` and `superiorWords`.
    static let townshipFirstScalars: Set<UInt32> = Set(townshipWords.compactMap { $0.unicodeScalars.first?.value })
    static let superiorFirstScalars: Set<UInt32> = Set(superiorWords.compactMap { $0.unicodeScalars.first?.value })

    /// A line that is only closing punctuation (a lone 。 or 、 left over from a wrap).
    static func isPunctuationOnly(_ text: String) -> Bool {
        // Nearly every line begins with a letter: its first scalar tells.
        if let first = firstScalar(of: text), !first.isNoLineStart { return false }
        return !text.isEmpty && text.allSatisfy(\.isNoLineStart)
    }

    /// Marks that close a phrase never begin a cell: a line starting with one continues the line
    /// before it.
    static func startsWithClosingPunctuation(_ text: String) -> Bool {
        if let first = firstScalar(of: text) { return first.isNoLineStart }
        return text.first?.isNoLineStart ?? false
    }

    static func startsWithOpeningBracket(_ text: String) -> Bool {
        if let first = firstScalar(of: text) { return first.isNoLineEnd }
        return text.first?.isNoLineEnd ?? false
    }

    /// The first Character of `text` as its one scalar, found without grapheme breaking, when
    /// it and the scalar after it are their own Characters (`SimpleScalars.firstCharacter`).
    private static func firstScalar(of text: String) -> Unicode.Scalar? {
        SimpleScalars.firstCharacter(of: text).flatMap(Unicode.Scalar.init)
    }

    static func endsSentence(_ text: String) -> Bool {
        if let last = SimpleScalars.lastCharacter(of: text) { return sentenceEndScalars.contains(last) }
        return text.last.map { sentenceEnds.contains($0) } ?? false
    }

    /// The scalars of `sentenceEnds`: a Character of one simple scalar is one of them or none.
    private static let sentenceEndScalars: Set<UInt32> = Set(sentenceEnds.flatMap { $0.unicodeScalars.map(\.value) })

    /// A paragraph marker at the start: clause numbers "1." "2、" "（1）", circled numbers ①,
    /// Chinese numerals "一、".
    static func startsParagraph(_ text: String) -> Bool {
        ClauseLabel.prefix(of: text) != nil
    }

    /// A circled number ① … ⑳ at the start: these also count items inside a paragraph.
    static func startsWithCircledNumber(_ text: String) -> Bool {
        if let first = SimpleScalars.firstCharacter(of: text) { return (0x2460...0x2473).contains(first) }
        return text.first?.isCircledNumber ?? false
    }

    /// The number of a clause marker "3." / "3、" at the start, nil for other text.
    static func clauseNumber(_ text: String) -> Int? {
        guard let marker = ClauseLabel.prefix(of: text), marker.label.kind == .arabic else { return nil }
        return marker.label.value
    }

    /// Characters the paragraph marker at the start of `text` takes (0 when there is none).
    static func markerLength(_ text: String) -> Int {
        ClauseLabel.prefix(of: text)?.length ?? 0
    }

    /// A whole department name on its own: short, ends like an organisation (before any bracketed
    /// second name, "区人力资源和社会保障局（区医疗保障局）"), no phrase punctuation.
    static func isDepartmentName(_ text: String) -> Bool {
        if SimpleScalars.all(text) { return isSimpleDepartmentName(text) }
        guard text.count <= 30, !hasPhrasePunctuation(text) else { return false }
        var name = Substring(text)
        if name.last == "）" || name.last == ")" {
            // A bracketed second name, or the end of one wrapped from the line above.
            name = name.lastIndex(where: { $0 == "（" || $0 == "(" }).map { name[..<$0] } ?? name.dropLast()
        }
        return name.count <= 20 && OrganisationName.endings.contains { name.hasSuffix($0) }
    }

    /// `isDepartmentName` over scalars, for text whose scalars are its Characters (then Character
    /// comparison is byte comparison: `SimpleScalars`).
    private static func isSimpleDepartmentName(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= 30, !scalars.contains(where: { isPhrasePunctuation($0.value) }) else { return false }
        var name = Substring(text)
        if let last = scalars.last?.value, last == 0xFF09 || last == 0x29 {
            // A bracketed second name, or the end of one wrapped from the line above.
            let unicode = name.unicodeScalars
            if let open = unicode.lastIndex(where: { $0.value == 0xFF08 || $0.value == 0x28 }) {
                name = name[..<open]
            } else {
                name = name[..<unicode.index(before: unicode.endIndex)]
            }
        }
        // Every ending ends with one of a few characters: most lines end otherwise.
        guard let last = name.unicodeScalars.last, OrganisationName.isLastCharacter(last.value),
              name.unicodeScalars.count <= 20 else { return false }
        let bytes = name.utf8
        return OrganisationName.endings.contains { ending in
            let suffix = ending.utf8
            return bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
        }
    }

    /// Begins like an administrative body and carries no phrase punctuation ("区住房和城乡建设",
    /// a department printed without its closing 局).
    static func looksLikeDepartment(_ text: String) -> Bool {
        if let first = SimpleScalars.firstCharacter(of: text) {
            guard OrganisationName.isLevelPrefix(first) else { return false }
            if SimpleScalars.all(text) { return !hasPhrasePunctuation(text) && text.unicodeScalars.count <= 20 }
        }
        guard let first = text.first else { return false }
        return OrganisationName.levelPrefixes.contains(first) && !hasPhrasePunctuation(text) && text.count <= 20
    }

    /// A department heading inside a duties cell ("区民政局：").
    static func isHeading(_ text: String) -> Bool {
        if SimpleScalars.all(text) {
            let scalars = text.unicodeScalars
            return (scalars.last?.value == 0xFF1A || scalars.last?.value == 0x3A) && scalars.count <= 30
        }
        return (text.hasSuffix("：") || text.hasSuffix(":")) && text.count <= 30
    }

    /// Text that is only a page number: "5", "- 5 -", "—5—", "第5页", "第5页 共23页", "5/23".
    static func isPageNumber(_ text: String) -> Bool {
        // A page number has an ASCII digit; most lines have none and need no counting.
        guard SimpleScalars.withBytes(of: text, { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        let count = SimpleScalars.all(text) ? text.unicodeScalars.count : text.count
        return count <= 12 && PageNumber.matches(text)
    }

    /// Whether `text` ends a citation: 》 closing the title of a law or document (《…》), or the
    /// article cited after it (…》第九条).
    static func closesTitle(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        if last.value == titleClosing { return true }
        guard articleEnds.contains(last), let article = text.unicodeScalars.lastIndex(of: "第") else { return false }
        return isArticleReference(String(text.unicodeScalars[article...]))
    }

    /// Whether `text` is an article of a law and nothing more: 第, Chinese or arabic digits, and
    /// 条, 款 or 项 (第五十七条, 第3款), as printed below the law's title.
    static func isArticleReference(_ text: String) -> Bool {
        // Most lines begin otherwise: told by the first scalar, nothing copied.
        let scalars = text.unicodeScalars
        guard scalars.first == "第", let last = scalars.last, articleEnds.contains(last) else { return false }
        let digits = scalars.dropFirst().dropLast()
        guard !digits.isEmpty, digits.count <= longestArticleNumber else { return false }
        return digits.allSatisfy { ClauseLabel.chineseDigit($0.value) != nil || ("0"..."9").contains($0) || "百千零".unicodeScalars.contains($0) }
    }

    /// What an article's number is counted in: 条, 款, 项.
    private static let articleEnds: Set<Unicode.Scalar> = ["条", "款", "项"]
    /// The digits of 第一百一十九条 and a few more.
    private static let longestArticleNumber = 8

    /// Whether `text` opens a 《 it does not close: the title of a law runs on below.
    static func leavesTitleOpen(_ text: String) -> Bool {
        // Most lines hold no 《: told without counting.
        guard text.unicodeScalars.contains(where: { $0.value == titleOpening }) else { return false }
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar.value == titleOpening { depth += 1 }
            if scalar.value == titleClosing { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// 《 and 》, which open and close the title of a law or document (《中华人民共和国防洪法》).
    static let titleOpening: UInt32 = 0x300A, titleClosing: UInt32 = 0x300B

    /// Whether `text` opens a bracket it does not close (the name or phrase runs on below).
    static func leavesBracketOpen(_ text: String) -> Bool {
        // Most lines hold no bracket: their code points tell without comparing characters.
        guard text.unicodeScalars.contains(where: { isBracket($0.value) }) else { return false }
        var depth = 0
        if SimpleScalars.all(text) {
            for scalar in text.unicodeScalars {
                if scalar.value == 0xFF08 || scalar.value == 0x28 { depth += 1 }
                if scalar.value == 0xFF09 || scalar.value == 0x29 { depth = max(0, depth - 1) }
            }
            return depth > 0
        }
        for character in text {
            if character == "（" || character == "(" { depth += 1 }
            if character == "）" || character == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// （ ( ） ): no other code point is canonically equivalent to one of them. By value: hashing
    /// each scalar into a set cost more than the rest of the test.
    private static func isBracket(_ value: UInt32) -> Bool {
        value == 0xFF08 || value == 0x28 || value == 0xFF09 || value == 0x29
    }

    /// The department names a heading spells out: "区文化和旅游局、区消防救援大队：" gives two.
    static func departmentNames(inHeading text: String) -> [String] {
        guard isHeading(text) else { return [] }
        return body(text).dropLast().split(separator: "、").map(String.init).filter(isDepartmentName)
    }

    static func hasPhrasePunctuation(_ text: String) -> Bool {
        // Most lines hold none of the marks' code points: no need to compare them as Characters.
        guard text.unicodeScalars.contains(where: { isPhrasePunctuation($0.value) || $0.value == 0x037E }) else { return false }
        // Where scalars are Characters, one that is a mark is the answer.
        if SimpleScalars.all(text) { return true }
        return text.contains { phrasePunctuation.contains($0) }
    }

    /// The scalars of `phrasePunctuation` (。，；：、,;:), by value: hashing each scalar into a
    /// set cost more than the rest of the test.
    private static func isPhrasePunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0x3001, 0x2C, 0x3B, 0x3A: return true
        default: return false
        }
    }


    /// The text after its paragraph marker.
    static func body(_ text: String) -> Substring {
        text.dropFirst(markerLength(text))
    }
}
