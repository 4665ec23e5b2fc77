/// Puts a row's pieces into columns: on each page of the row every column takes a run of
/// consecutive pieces, in column order (the two duties columns may come in either order); a row
/// broken by a page break goes on at the top of the next page, each cell where it stopped. The
/// cheapest split wins, by dynamic programming over pieces × columns, page by page (linear in the
/// row's length).
///
/// The costs weigh the evidence the export keeps:
/// - a blank line or a space on the row's first line is where cells part; a line break without
///   a blank line may be one too;
/// - every column wraps at its own width, so a line wider than a column is not in it, and a line
///   that stops short of its column's width ends a paragraph;
/// - wording: department names in the departments column, headings ("区民政局：") in the
///   superior duties, paragraph markers never in category or departments, township duties
///   speaking of 配合/协助/上报, clause numbers counting up within a cell, sentences ending
///   their cell.
struct ColumnSegmenter {
    let roles: [ColumnRole]
    /// nil on the first pass, before widths are known.
    let widths: ColumnWidths?
    private let nameColumn: Int?
    private let hasBasis: Bool, hasDepartments: Bool

    init(roles: [ColumnRole], widths: ColumnWidths?) {
        self.roles = roles
        self.widths = widths
        nameColumn = roles.firstIndex(of: .name)
        hasBasis = roles.contains(.basis)
        hasDepartments = roles.contains(.departments)
    }

    private static let impossible = Double.infinity
    /// A column left empty.
    private static let emptyColumn = 10.0
    /// Heuristic `emptyRemarks`: a 备注 left empty, as it is on most rows. Dear as any other empty
    /// column, it pulled a cell's wrapped last line into 备注 rather than leave 备注 empty:
    ///
    ///     5 行政处罚 对在禁止区域内焚烧秸秆的处罚 县生态环境局 《中华人民共和国大气污染防治法》第一百一十九
    ///     条                                           ← the basis wraps; 备注 is empty
    ///
    /// Cheaper than such a line leaving its cell (`unspacedCellBreak` + `cellEndsMidSentence`), dearer
    /// than a spaced word on a later line going on in the cell before (`spacedCellBreak`), which is
    /// how a 备注 printed beside a wrapped cell's last line looks (…第六十二条 联审联办).
    private static let emptyRemarks = 2.0
    /// Heuristic `emptyCategory`: a 事项类别 left empty. Merged over a run, it is printed with the
    /// run's first row only (`MergedCategoryFill`), and dear as an empty 事项名称 it took the name
    /// of a row that prints none, leaving the name empty:
    ///
    ///     2 统一战线工作 县委统战部 负责全县统一战线工作的统筹协调和指导督   ← no 事项类别
    ///
    /// As cheap as an empty 备注, dearer than a cell break (`unspacedCellBreak`), so that a
    /// category printed on the row's first line before a name that opens with a bracket, which
    /// could run on into it, stays a category (56 生态环保 / “散乱污”企业综合治 / 理。).
    private static let emptyCategory = emptyRemarks
    /// Heuristic `emptyBasis`: a 履职依据 left empty, as it is on the rows of duties that cite no
    /// law. Dear as any other empty column, the cells after it moved up one column to fill it,
    /// the 责任科室 read as the basis and the 备注 as the office:
    ///
    ///     软弱涣散村党组织整顿。 每年排查…包联责任。 (no basis) 党建办 每年第 / 一季度
    ///
    /// As cheap as an empty 备注.
    private static let emptyBasis = emptyRemarks
    /// Heuristic `nameLineAsCategory`: a category line as wide as a full line of the 事项名称
    /// column: the name's first line, wrapped, in a row that prints no category of its own
    /// (5 最低生活保障申请 / 审核。, the name column 8 characters wide). Categories are short labels
    /// in a narrower column.
    private static let nameLineAsCategory = 1.0
    /// A column with no text yet passed over on a page the row goes on from.
    private static let notBegunYet = 3.0
    /// A cell that ended its text on the page before going on with an unmarked line.
    private static let closedCellResumed = 2.0
    /// A category line with sentence punctuation.
    private static let sentenceAsCategory = 4.0
    /// A clause going on in a cell whose last clause is not the one before it.
    private static let clauseOutOfSequence = 2.0
    /// A cell left mid-sentence on the page before, passed over on the next or going on with a
    /// new paragraph.
    private static let unfinishedPassedOver = 3.0
    /// Printing the two duties columns the other way round.
    private static let swappedDuties = 2.0
    /// A line wider than its column's measured width (by more than a character, in case the
    /// commonest filled line is one squeezed by a mark that may not begin a line).
    private static let tooWide = 50.0
    /// A line in the departments column that names no department.
    private static let notADepartment = 4.0
    /// A line in the departments column that begins like one but has no closing 局/部/… .
    private static let unfinishedDepartment = 1.0
    /// A bare department name outside the departments column.
    private static let strayDepartment = 2.0
    /// A heading ("区民政局：") outside the superior duties; less unlikely in the township duties.
    private static let strayHeading = 5.0, headingInTownship = 1.0
    /// A clause marker in the name column.
    private static let numberedName = 4.0
    /// A paragraph opening with the other duties column's typical words.
    private static let otherDutiesWording = 0.5
    /// A blank line inside a cell.
    private static let blankInsideCell = 2.0
    /// Pieces of the row's first line are whole cells; two in one cell are unlikely.
    private static let sharedStartLine = 3.0
    /// A line break without a blank line between cells.
    private static let unspacedCellBreak = 1.5
    /// A space between cells on a line other than the row's first.
    private static let spacedCellBreak = 1.0
    /// A cell ending mid-sentence.
    private static let cellEndsMidSentence = 1.5
    /// A line continuing a bracket opened above, put in another cell.
    private static let bracketSplit = 3.0
    /// Clause numbering starting again inside a cell ("1." after "3.").
    private static let numberingRestart = 3.0
    /// A list ("1.") following unnumbered text of the same cell without a heading.
    private static let listAfterParagraph = 1.5
    /// A paragraph without a marker after a short line that ends its sentence.
    private static let unmarkedParagraph = 1.0
    /// A short line stopping mid-sentence, yet the next line of the cell is not a new paragraph.
    private static let shortLineRunsOn = 3.0
    /// Heuristic `cellOpensMidList`: a cell opening with clause 2. or later. A cell's clauses count
    /// from 1., so "2." goes on in the cell whose list it continues rather than opening the next
    /// column — dearer than leaving a column that is empty on this row (`emptyRemarks`):
    ///
    ///     1.制定村级党组织换届选举工作方案，报县
    ///     委组织部备案。
    ///     2.2022 年起每届换届前开展村“两委”班     ← still 具体内容, not 履职依据
    ///     …
    ///     《中国共产党农村基层组织工作条例》
    ///     党建办                                   ← 备注 empty
    private static let cellOpensMidList = 4.0
    /// Heuristic `filledLineLeft`: a cell left after a line that filled its column mid-sentence,
    /// with no blank line between. The text wraps there and goes on in the same cell; its last
    /// line read as the next column left that column's own text a column further right:
    ///
    ///     2.每月开展理论宣讲、移风易俗等实践活动     ← fills 具体内容
    ///     不少于两次。                               ← still 具体内容, not 履职依据
    ///     宣传办
    ///
    /// Dearer than a column left empty (`emptyColumn` less `emptyRemarks`).
    private static let filledLineLeft = 8.0
    /// Heuristic `citationOutsideBasis`: a line opening with 《 (a law cited) outside the 依据
    /// column of a list that has one, in a column that holds no prose of its own (科室, 备注,
    /// 部门, 类别). With the basis as cheap to leave empty as 备注, the cited law moved one column
    /// right and the office into 备注:
    ///
    ///     《中华人民共和国乡       ← 履职依据, not 责任科室
    ///     村振兴促进法》
    ///     经济发展
    ///     办                       ← 责任科室, not 备注
    private static let citationOutsideBasis = 3.0
    /// The columns `citationOutsideBasis` weighs a cited law in: all but the 依据 itself, the
    /// 序号, the 事项名称 and the two duties columns. Named once: the search asks it of every piece in
    /// every column.
    private static let citationForeignRoles: [ColumnRole] = [.category, .departments, .office, .remarks, .other, .content]
    /// Heuristic `officeNameEnds`: a 责任科室 line that is an office's whole name (党建办) ends it,
    /// as a department's name ends its line; a line below goes on in the next column:
    ///
    ///     党建办        ← 责任科室
    ///     每年第        ← 备注, not 党建办每年第…
    ///     一季度
    private static let officeNameEnds = 2.0
    /// Heuristic `loneCharacterOpensCell`: a line of one character (办, 设) is the end of a word
    /// its column wrapped, seldom a cell of its own:
    ///
    ///     《中华人民共和国乡村振兴促进法》   ← 履职依据
    ///     经济发展                            ← 责任科室, not 履职依据
    ///     办
    ///
    ///     城乡建                              ← 事项类别 城乡建设, not 城乡建 | 设
    ///     设
    ///     违法建设查处                        ← 事项名称 (its 处 ends it like an office)
    /// The width of such a line: one wide character.
    private static let loneCharacterOpensCell = 3.0, loneCharacterWidth = 2
    /// Heuristic `departmentInName`: a line beginning like a department (县住房和城乡: a level of
    /// government, no punctuation) in the 事项名称 of a list with a departments column, which its
    /// wrapped name then opens:
    ///
    ///     许可证进行建设的处罚      ← 事项名称 ends
    ///     县住房和城乡              ← 承接部门
    ///     建设局
    private static let departmentInName = 2.0
    /// Heuristic `titleLeftOpen`: a cell left with the title of a law still open (《 without its
    /// 》): the title goes on in the same cell.
    ///
    ///     《中国共产党农村基层组织
    ///     工作条例》               ← still 履职依据
    ///     党建办
    private static let titleLeftOpen = 4.0
    /// Heuristic `articleAfterTitle`: the article of a law (第五十七条) on the line below its title
    /// goes on in the title's cell, though the title filled its line and closed:
    ///
    ///     《中华人民共和国特种设备安全法》
    ///     第五十七条                         ← still 收回依据
    ///     2024 年收回                        ← 备注
    private static let articleAfterTitle = 4.0

    /// The column of each piece.
    func columns(of cued: [CuedPiece]) -> [Int] {
        guard !cued.isEmpty else { return [] }
        // A piece's own cost does not depend on the column order: weigh it once per column.
        // Row-major, a row of `roles.count` costs per piece: one buffer, not an array per piece.
        var own: [Double] = []
        own.reserveCapacity(cued.count * roles.count)
        for piece in cued {
            for column in roles.indices { own.append(pieceCost(piece, column: column)) }
        }
        var best: (cost: Double, columns: [Int])?
        // A second line that may go on with the cells of the first (`FlowRow.interleavedParts`):
        // read both ways.
        let readings = cued.contains { $0.piece.continuesStartLineCells } ? [false, true] : [false]
        for (order, prior) in orders() {
            for interleaved in readings {
                let (cost, columns) = segment(cued, own: own, order: order, interleaved: interleaved)
                let total = cost + prior
                if best == nil || total < (best?.cost ?? .infinity) { best = (total, columns) }
            }
        }
        return best?.columns ?? Array(repeating: 0, count: cued.count)
    }

    /// Column orders to try, each with its prior cost.
    private func orders() -> [([Int], Double)] {
        let straight = Array(roles.indices)
        guard let first = roles.indices.dropLast().first(where: { roles[$0].isDuties && roles[$0 + 1].isDuties }) else {
            return [(straight, 0)]
        }
        var swapped = straight
        swapped.swapAt(first, first + 1)
        return [(straight, 0), (swapped, Self.swappedDuties)]
    }

    /// The cheapest split for one column order. A row broken by page breaks is split page by page:
    /// on a new page the cells resume in column order, each going on from where it stopped.
    private func segment(_ pieces: [CuedPiece], own: [Double], order: [Int], interleaved: Bool) -> (Double, [Int]) {
        let pageStarts = [0] + pieces.indices.dropFirst().filter {
            pieces[$0].piece.followsPageBreak || (interleaved && pieces[$0].piece.continuesStartLineCells)
        }
        var total = 0.0
        var columns: [Int] = []
        var lastPiece = [CuedPiece?](repeating: nil, count: roles.count)
        var lastClause = [Int?](repeating: nil, count: roles.count)
        for (page, start) in pageStarts.enumerated() {
            let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : pieces.count
            let continuesCells = interleaved && pieces[start].piece.continuesStartLineCells
            // A line going on with the first line's cells begins none: what is empty before it
            // stays empty.
            let isLast = !pieceIndicesOfPageBreaks(pieces).contains { $0 > start }
            let (cost, partColumns) = segmentPage(pieces[start..<end], own: own, order: order, after: lastPiece,
                                                  lastClause: lastClause, isLast: isLast,
                                                  continuesCells: continuesCells)
            total += cost
            columns += partColumns
            for (piece, column) in zip(pieces[start..<end], partColumns) {
                lastPiece[column] = piece
                if piece.isHeading { lastClause[column] = nil }
                if let clause = piece.clauseNumber { lastClause[column] = clause }
            }
        }
        return (total, columns)
    }

    private func pieceIndicesOfPageBreaks(_ pieces: [CuedPiece]) -> [Int] {
        pieces.indices.dropFirst().filter { pieces[$0].piece.followsPageBreak }
    }

    /// The cheapest split of the pieces of one page of a row, given the last piece and the last
    /// clause number each column holds from earlier pages (all nil on the row's first page).
    /// A state is the slot (position in `order`) of the current piece.
    private func segmentPage(_ page: ArraySlice<CuedPiece>, own ownCosts: [Double], order: [Int],
                             after lastPiece: [CuedPiece?], lastClause: [Int?], isLast: Bool,
                             continuesCells: Bool) -> (Double, [Int]) {
        let count = order.count
        let columnCount = roles.count
        let offset = page.startIndex
        let pieces = Array(page)
        // A line going on with the cells of the row's first line begins none.
        func ownCost(_ index: Int, _ slot: Int) -> Double {
            if continuesCells, lastPiece[order[slot]] == nil { return Self.impossible }
            return ownCosts[(offset + index) * columnCount + order[slot]]
        }
        // Passing a slot over on this page: free for a cell that ended its sentence, dear for one
        // left mid-sentence or never begun.
        let passOver = order.map { column -> Double in
            guard let last = lastPiece[column] else {
                // Left empty by the segment before, which paid for it.
                if continuesCells { return 0 }
                return isLast ? emptyCost(column) : Self.notBegunYet
            }
            return isOpen(last, column: column) ? Self.unfinishedPassedOver : 0
        }
        func passing(_ slots: Range<Int>) -> Double { slots.reduce(0) { $0 + passOver[$1] } }
        // The first piece a column gets on this page goes on from its text on the page before.
        func resuming(_ slot: Int, with piece: CuedPiece) -> Double {
            let column = order[slot]
            guard let last = lastPiece[column] else { return 0 }
            let open = isOpen(last, column: column), entry = startsEntry(piece, column: column)
            // "3." goes on in the cell whose last clause is "2."; "1." after "1." starts a cell.
            let clause = piece.clauseNumber
            let sequence = clause.map { $0 > 1 && lastClause[column] != $0 - 1 } == true
            let restarts = clause.map { clause in lastClause[column].map { clause <= $0 } ?? false } ?? false
            return stayCost(last, piece, column: column, restartsNumbering: restarts, resumesCells: continuesCells)
                + (open ? (entry ? Self.unfinishedPassedOver : 0) : (entry ? 0 : Self.closedCellResumed))
                + (sequence ? Self.clauseOutOfSequence : 0)
        }

        // Pieces × slots, row-major: `cost[index * count + slot]`.
        var cost = Array(repeating: Self.impossible, count: pieces.count * count)
        var back = Array(repeating: 0, count: pieces.count * count)
        let first = pieces[0]
        let isFirstPage = lastPiece.allSatisfy { $0 == nil }
        // The whole row is on this page: no cell goes on elsewhere (`onePageRules`).
        let wholeRow = isFirstPage && isLast
        for slot in 0..<count {
            let own = ownCost(0, slot)
            guard own < Self.impossible else { continue }
            if isFirstPage {
                // The row's first page begins with its number.
                if slot == 0 { cost[0] = own }
            } else {
                cost[slot] = passing(0..<slot) + resuming(slot, with: first) + own
            }
        }
        // Moving on from each slot depends only on the two pieces, not on the slot moved to.
        var moving = Array(repeating: 0.0, count: count)
        for index in pieces.indices.dropFirst() {
            let previous = pieces[index - 1], piece = pieces[index]
            for earlier in 0..<count {
                // The parts of a line going on with the first line's cells part cells, as there.
                moving[earlier] = continuesCells && piece.piece.sharesLine ? 0 : moveCost(previous, piece, from: order[earlier], wholeRow: wholeRow)
            }
            for slot in 0..<count {
                let own = ownCost(index, slot)
                guard own < Self.impossible else { continue }
                let above = (index - 1) * count
                var best = cost[above + slot] + stayCost(previous, piece, column: order[slot])
                var from = slot
                if slot > 0 {
                    let resumed = resuming(slot, with: piece)
                    for earlier in 0..<slot where cost[above + earlier] < Self.impossible {
                        let candidate = cost[above + earlier] + moving[earlier]
                            + passing((earlier + 1)..<slot) + resumed
                        if candidate < best { best = candidate; from = earlier }
                    }
                }
                cost[index * count + slot] = best + own
                back[index * count + slot] = from
            }
        }
        let last = pieces.count - 1
        let ending = (0..<count).map { cost[last * count + $0] + passing(($0 + 1)..<count) }
        var slot = ending.indices.min { ending[$0] < ending[$1] } ?? 0
        let total = ending[slot]
        var columns = Array(repeating: 0, count: pieces.count)
        for index in pieces.indices.reversed() {
            columns[index] = order[slot]
            slot = back[index * count + slot]
        }
        return (total, columns)
    }

    /// Leaving `column` empty in a row.
    private func emptyCost(_ column: Int) -> Double {
        switch roles[column] {
        case .remarks: return Self.emptyRemarks
        case .category: return Self.emptyCategory
        case .basis: return Self.emptyBasis
        default: return Self.emptyColumn
        }
    }

    /// Whether `piece` begins a new entry of its cell: a paragraph, a heading, a department.
    private func startsEntry(_ piece: CuedPiece, column: Int) -> Bool {
        piece.startsParagraph || piece.isHeading || (roles[column] == .departments && piece.isDepartmentName)
    }

    /// Whether the cell whose last line is `piece` stops mid-way, to go on on the next page.
    private func isOpen(_ piece: CuedPiece, column: Int) -> Bool {
        switch roles[column] {
        // A category often fills its narrow column exactly: no sign that it goes on.
        case .number, .category: return false
        case .departments:
            // Only a measured width tells a wrapped name from a whole one.
            guard let width = widths?[column] else { return false }
            return piece.fillsColumn(of: width) && !piece.isDepartmentName
        default:
            return !piece.endsSentence && !piece.isHeading
        }
    }

    /// How unlikely `piece` is in `column`, whatever its neighbours.
    private func pieceCost(_ cued: CuedPiece, column: Int) -> Double {
        let role = roles[column]
        let piece = cued.piece
        if role == .number { return piece.isOnRowStartLine && !piece.sharesLine ? 0 : Self.impossible }
        var cost = 0.0
        if let width = widths?[column], piece.width > width + 2 { cost += Self.tooWide }
        if hasBasis, cued.opensCitation, Self.citationForeignRoles.contains(role) {
            cost += Self.citationOutsideBasis
        }
        switch role {
        case .category:
            if cued.startsParagraph { return Self.impossible }
            if let name = nameColumn, let nameWidth = widths?[name], piece.width >= nameWidth - 2 {
                cost += Self.nameLineAsCategory
            }
            // A category is a label, not a sentence.
            if cued.hasPhrasePunctuation { cost += Self.sentenceAsCategory }
            if cued.isDepartmentName { cost += Self.strayDepartment }
        case .departments:
            if cued.startsParagraph { return Self.impossible }
            if !cued.isDepartmentName, !cued.startsWithOpeningBracket, !piece.continuesOpenBracket {
                cost += cued.looksLikeDepartment ? Self.unfinishedDepartment : Self.notADepartment
            }
        default:
            // An office (党建办) is named like a department: at home in 责任科室.
            if cued.isDepartmentName, role != .office { cost += Self.strayDepartment }
            if role == .name, cued.startsParagraph { cost += Self.numberedName }
            if role == .name, hasDepartments, !cued.isDepartmentName, cued.looksLikeDepartment, !piece.isOnRowStartLine {
                cost += Self.departmentInName
            }
        }
        if cued.isHeading, role != .superiorDuties {
            cost += role == .townshipDuties ? Self.headingInTownship : Self.strayHeading
        }
        // Paragraphs opening with the other duties column's typical words.
        if role == .superiorDuties, cued.opensWithTownshipWords { cost += Self.otherDutiesWording }
        if role == .townshipDuties, cued.opensWithSuperiorWords { cost += Self.otherDutiesWording }
        return cost
    }

    /// Cost of `piece` continuing the column `previous` is in. Whether its clause number starts
    /// again is read in row order unless the caller knows the column's own numbering.
    private func stayCost(_ previous: CuedPiece, _ piece: CuedPiece, column: Int, restartsNumbering: Bool? = nil,
                          resumesCells: Bool = false) -> Double {
        var cost = 0.0
        // "1." after "3.": a cell's clauses count up. "1." after unnumbered text without a heading
        // before it: a list opens a cell more often than it follows a paragraph.
        if restartsNumbering ?? piece.piece.restartsNumbering {
            cost += Self.numberingRestart
        } else if piece.clauseNumber == 1, !previous.isHeading {
            cost += Self.listAfterParagraph
        }
        if piece.piece.sharesLine { return cost + (piece.piece.isOnRowStartLine ? Self.sharedStartLine : 0) }
        if roles[column] == .office, previous.isDepartmentName { cost += Self.officeNameEnds }
        if piece.piece.followsBlankLine && !piece.piece.followsPageBreak && !resumesCells { cost += Self.blankInsideCell }
        if piece.startsWithClosingPunctuation || piece.startsParagraph || previous.isHeading
            || roles[column] == .departments || (piece.isHeading && previous.endsSentence) {
            return cost
        }
        // A short line followed by an unmarked one: a paragraph without a marker, possible but
        // rarer, and unlikely when the short line stops mid-sentence.
        if !previous.runsOn(into: piece, width: widths?[column]) {
            cost += previous.endsSentence || previous.piece.endsWithHangingPunctuation ? Self.unmarkedParagraph : Self.shortLineRunsOn
        }
        return cost
    }

    /// Cost of `piece` opening a new column after `previous`, which ends `column`. `wholeRow`: the
    /// row is on one page (`onePageRules`).
    ///
    /// Rule set `onePageRules`: `cellOpensMidList`, `filledLineLeft`, `loneCharacterOpensCell`,
    /// `titleLeftOpen` and `articleAfterTitle` weigh only a row printed on one page. In a row that a page break cuts, `pdftotext -raw` prints a
    /// cell's lines up to the break, the next cell's, and the first cell's rest after the break:
    ///
    ///     2.对集中供养的特困人员生活自理能力发生变化的，进     ← 上级部门职责, filled
    ///     对分散特困人员生活自理能力发生变化的，进           ← 乡镇（街道）配合职责
    ///     …(page break)
    ///     6.组织从业人员业务知识学习培训。 5.做好有关…        ← each cell going on
    private func moveCost(_ previous: CuedPiece, _ piece: CuedPiece, from column: Int, wholeRow: Bool) -> Double {
        if piece.startsWithClosingPunctuation { return Self.impossible }
        if piece.piece.continuesOpenBracket { return Self.bracketSplit }
        let midList = wholeRow && piece.clauseNumber.map { $0 > 1 } == true ? Self.cellOpensMidList : 0
        if piece.piece.sharesLine { return midList + (piece.piece.isOnRowStartLine ? 0 : Self.spacedCellBreak) }
        var cost = midList + (piece.piece.followsBlankLine ? 0 : Self.unspacedCellBreak)
        if wholeRow {
            if !piece.piece.followsBlankLine, piece.piece.width <= Self.loneCharacterWidth { cost += Self.loneCharacterOpensCell }
            if previous.leavesTitleOpen { cost += Self.titleLeftOpen }
            if previous.closesTitle, piece.isArticleReference { cost += Self.articleAfterTitle }
        }
        // Sentences end their cell with their punctuation; one broken off mid-phrase runs on.
        if roles[column].holdsSentences, !piece.piece.followsBlankLine, !previous.endsSentence, !previous.isHeading {
            cost += Self.cellEndsMidSentence
            if wholeRow, let width = widths?[column], previous.piece.width >= width - FlowPiece.filledLineShortfall,
               !previous.closesTitle, !piece.startsParagraph, !piece.looksLikeDepartment, !piece.isDepartmentName {
                cost += Self.filledLineLeft
            }
        }
        return cost
    }
}
