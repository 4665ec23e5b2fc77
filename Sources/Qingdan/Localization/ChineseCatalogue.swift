/// 简体中文: what a clerk reads by default. To add a message, see `Catalogue`.
public struct ChineseCatalogue: Catalogue {
    public init() {}

    public func text(_ message: FindingMessage) -> String {
        switch message {
        case .textAboveHeaderRow(let text):
            return "表格中表头行上方的文字未读入任何单元格：\(text)"
        case .paragraphAboveTable(let text):
            return "表格上方的段落未读入：\(text)"
        case .paragraphAfterTable(let text):
            return "表格下方的段落未读入：\(text)"
        case .lossyEncoding:
            return "网页的字符集无法识别，无法解码的字节以 � 显示"
        case .pageWithoutText(let page):
            return "第 \(page) 页没有文字层（不支持 OCR），已跳过"
        case .rulesFromRendering(let page):
            return "第 \(page) 页：表格线取自页面渲染图（页面绘图中的线条构不成表格，或绘图超出读取上限）"
        case .strayLine(let line, let text, let item):
            return "第 \(line) 行：“\(text)”不属于第 \(item) 项的任何单元格"
        case .numberAfterNextInside(let line, let item):
            return "第 \(line) 行：第 \(item) 项中有一行以 \(item + 2) 开头；序号 \(item + 1) 是否缺失或印错？"
        case .numberSkippedAfter(let line, let next, let item):
            return "第 \(line) 行：第 \(next) 项紧接第 \(item) 项；若序号 \(item + 1) 印错，其内容已被读入第 \(item) 项"
        case .preambleNotRead(let line, let text):
            return "第 \(line) 行：表头上方的文字未读入：\(text)"
        case .textBetweenHeaderAndFirstRow(let line, let text):
            return "第 \(line) 行：表头与第一行之间的文字：\(text)"
        case .pageNumberLeftOut(let line, let text):
            return "第 \(line) 行：页码“\(text)”已略去"
        case .textOutsideTable(let line, let page, let text):
            return "第 \(line) 行（第 \(page) 页）：表格外的文字：\(text)"
        case .textAboveTableHeader(let line, let page, let text):
            return "第 \(line) 行（第 \(page) 页）：表头上方的文字：\(text)"
        case .footerLeftOut(let line, let page, let pages, let text):
            return "第 \(line) 行（第 \(page) 页）：\(pages) 页都有的页脚未计入表格：\(text)"
        case .numberOutOfSequence(let line, let page, let number, let after, let startsRow):
            return "第 \(line) 行（第 \(page) 页）：序号 \(number) 出现在 \(after) 之后，"
                + (startsRow ? "按乱序的新行读入" : "作为上一行的文字读入")
        case .centredCellUncertain(let line, let page):
            return "第 \(line) 行（第 \(page) 页）：单元格垂直居中，本行各行文字无法按序号上下均分，请核对本行及上下相邻两行"
        case .columnsDrifted(let line, let page, let column, let text):
            return "第 \(line) 行（第 \(page) 页）：这一行的文字与各列位置对不齐，“\(column)”一列里有隔开的两段（\(text)），可能混入了相邻列的文字，请核对这一行所在事项的各列"
        case .textBeforeFirstRow(let line, let page, let text):
            return "第 \(line) 行（第 \(page) 页）：第一行之前的文字：\(text)"
        case .pageColumnCount(let page, let columns, let headers):
            return "第 \(page) 页：表格有 \(columns) 列，表头有 \(headers) 列"
        case .uncertainWrap(let header, let row, let line):
            return "表格第 \(row) 行的“\(header)”：“\(line)”排满一行，下一行以条款序号开头，无法判断是换行还是另起一段（已按同一段读取）；请对照原件检查"
        case .uncertainBreak(let item, let header, let line, let text):
            return "第 \(item) 项的“\(header)”：第 \(line) 行“\(text)”以句末标点结束又排满一行，下一行不以条款序号开头，无法判断是换行还是另起一段（已按同一段读取）；请对照原件检查"
        case .spacedPiecesJoined(let item, let header, let line, let text):
            return "第 \(item) 项的“\(header)”：第 \(line) 行空开印着的几段文字被读进了这一格（“\(text)”）；它们多半是并排的几格，这一行的各列可能错位，请对照原件检查"
        case .mergedAcrossRows(let header, let first, let last, let text):
            return "表格第 \(first) 至 \(last) 行的“\(header)”印在同一个单元格里（\(text)）：行间的表格线没有读到，几行可能被读成了同一内容；请对照原件检查这些行"
        case .textInNoCell(let page, let text):
            return "第 \(page) 页：文字不在任何表格单元格内：\(text)"
        case .columnMissing(let key, let headers):
            return "没有表头为“\(Self.headers[key] ?? key)”一类的列（表头：\(headers.joined(separator: " | "))）"
        case .duplicateHeader(let position, let header, let renamed):
            return "第 \(position) 列重复表头“\(header)”，其单元格记为“\(renamed)”"
        case .textBeyondLastColumn(let cells, let headers, let text):
            return "该行有 \(cells) 个单元格而表头只有 \(headers) 列；最后一列之后的文字：\(text.joined(separator: " | "))"
        case .numberInvalid(let printed, let numbered):
            return "序号“\(printed)”不是从 1 起的整数；按上一行顺延记为 \(numbered)"
        case .departmentTruncated(let printed, let name, let heading):
            return "\(Self.place(heading))“\(printed)”，按“\(name)”读入（名称不全）"
        case .departmentAlias(let printed, let name, let heading):
            return "\(Self.place(heading))“\(printed)”，按“\(name)”读入（简称）"
        case .departmentUnknown(let printed, let heading):
            return "\(Self.place(heading))“\(printed)”，与清单及标准部门表中的部门均不相符"
        case .numberingDuplicate(let number, let after):
            return "序号 \(number) 重复出现（在 \(after) 之后再次出现）"
        case .numberingGap(let from, let to):
            let missing = to - from == 2 ? "\(from + 1)" : "\(from + 1)–\(to - 1)"
            return "序号从 \(from) 跳到 \(to)，缺少 \(missing)"
        case .numberingOrder(let number, let after):
            return "序号 \(number) 排在 \(after) 之后"
        case .departmentMissingFromList(let heading, let name):
            return "标题“\(heading)”写有“\(name)”，但“对应上级部门”未列出"
        case .cellEmpty(let column):
            return "“\(column)”为空"
        case .mixedQuotes(let straight, let excerpt):
            return "弯引号中混有直引号 \(straight)：…\(excerpt)…"
        case .clauseRepeat(let label, let previous, let heading):
            return "\(Self.under(heading))条款 \(label) 排在 \(previous) 之后（编号重复或倒序）"
        case .clauseSkip(let label, let previous, let heading):
            let after = previous.map { "排在 \($0) 之后（编号跳过）" } ?? "为第一条（前面的编号缺失）"
            return "\(Self.under(heading))条款 \(label) \(after)"
        case .textLost(let characters):
            return "表格中有 \(characters) 个印刷字符既不在任何单元格中，也未在其他提示中报告"
        case .textInvented(let characters):
            return "单元格中的字符比表格印出的多 \(characters) 个"
        case .structureLossy(let column):
            return "由“\(column)”读出的条款无法还原该单元格的印刷文字"
        case .essentialColumnMissing(let wording, let headers):
            return "没有读到“\(wording)”列（表头：\(headers.joined(separator: " | "))）：请核对表头是否读对，或在词表中补上这种写法"
        case .columnUnmapped(let printed, let key):
            return "表头“\(printed)”不是已知的列名，单元格原样保留为 \(key)；请核对它是哪一列"
        case .columnJoined(let header, let parts):
            return "表头“\(header)”像是两列的表头连在一起（\(parts.joined(separator: " | "))）：这两列的文字多半被读进了同一格，请核对"
        case .categoryFilled(let items, let column, let value):
            return "第\(items)项的\(column)未印出，按上下相同的“\(value)”补齐（合并单元格）"
        case .categoryMissing(let items, let column):
            return "第\(items)项没有\(column)，而其他项有：多半是跨行合并的类别没有读到这些行，请对照原件补上"
        case .headerInCell(let item, let column):
            return "第\(item)项的“\(column)”单元格里印着表头“\(column)”：多半是换页处重复的表头被读进了这一行，请对照原件核对这一项"
        case .headerRowAsItem(let item, let cells):
            return "第\(item)项有\(cells)个单元格是表头文字：多半是表头（或分组表头的第二行）被读成了一项，请对照原件核对"
        case .nameEmpty(let item, let column):
            return "第\(item)项的“\(column)”是空的：请核对这一行是不是分类行、表头或上一项的续行，或名称是否被并进了旁边的列"
        case .numberingBeyondRows(let highest, let rows):
            return "序号编到\(highest)，却只读到\(rows)行：有行丢失或被并进别的行，请核对缺号附近的几项"
        case .clauseSpilled(let item, let column, let next, let label):
            return "第\(item)项“\(column)”的条款接到了右边一列：“\(next)”以条款\(label)开头；多半是这一格提前断开，后面各列都右移了一列，请对照原件核对这一行各列"
        case .clauseUnsplit(let item, let column, let label, let excerpt):
            return "第\(item)项“\(column)”的条款\(label)没能分开，后一条的序号还在句中：\(excerpt)；请核对这一格的条款"
        case .departmentNotAName(let item, let column, let text):
            return "第\(item)项“\(column)”里的“\(text)”不像部门名称：多半是旁边一列的文字移到了这一格，请对照原件核对这一行各列"
        case .verbatim(let text):
            return text
        }
    }

    /// The usual printed header of a column key, for naming a column no header matched.
    private static let headers = [
        "number": "序号", "category": "事项类别", "name": "事项名称", "departments": "对应上级部门",
        "superior_duties": "上级部门职责", "township_duties": "乡镇（街道）配合职责", "content": "具体内容",
        "basis": "依据", "remarks": "备注",
    ]

    private static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) 秒" : "\(seconds / 60) 分 \(seconds % 60) 秒"
    }

    private static func place(_ heading: String?) -> String {
        heading.map { "标题“\($0)”写有" } ?? "印有"
    }

    private static func under(_ heading: String?) -> String {
        heading.map { "“\($0)”下：" } ?? ""
    }

    public func text(_ message: ErrorMessage) -> String {
        switch message {
        case .cannotRead(let reason): return "无法读取文件" + (reason.map { "（\($0)）" } ?? "")
        case .cannotWrite(let reason): return "无法写入输出文件（\(reason)）"
        case .cannotCreateDirectory(let reason): return "无法创建输出文件夹（\(reason)）"
        case .emptyFile: return "文件为空"
        case .blankFile: return "文件只有空白"
        case .notAListForm: return "不是 qingdan 能读取的清单格式（PDF、文本、HTML、DOCX）"
        case .xlsxIsOutputForm: return "XLSX 是输出格式，不能作为输入"
        case .notWebPage: return "不是 libxml2 能读取的网页"
        case .noListTable: return "没有清单表格（没有表格带有“序号、事项名称、对应上级部门”这样的表头行）"
        case .noTableFound: return "未找到表格"
        case .noTextLayer: return "没有文字层（不支持 OCR）"
        case .notDOCXNoBody: return "不是 DOCX 文件（word/document.xml 中没有 w:body）"
        case .notDOCXNotZip: return "不是 DOCX 文件（不是 ZIP 压缩包）"
        case .notDOCXMissingPart(let part): return "不是 DOCX 文件（压缩包中没有 \(part)）"
        case .damagedDOCXUnpack(let part): return "DOCX 文件已损坏：无法解压 \(part)"
        case .damagedDOCXXML(let part): return "DOCX 文件已损坏：\(part) 不是格式正确的 XML"
        case .cannotCopyToUnpack: return "无法写入用于解压的临时副本"
        case .cannotCopyToDecrypt: return "无法写入用于解密的临时副本"
        case .notPDF: return "不是 PDF 文件"
        case .damagedPage: return "页面已损坏"
        case .encryptedPDF: return "PDF 已加密；请用 --password 提供密码"
        case .damagedPDF(let reason): return "PDF 已损坏或不完整（\(reason)）"
        case .noTextHeader: return "文本中没有找到表头（序号 …）"
        case .noFirstRow: return "表头之后没有序号为 1 的行"
        case .notUTF8OrGB18030: return "文本既不是 UTF-8 也不是 GB18030 编码"
        case .noLayoutHeader: return "排版文本中没有表头行（三列或以上的一行）"
        case .layoutHeaderWithoutRows: return "找到表头，但其下没有编号的行"
        case .noSuchPage(let pageCount): return "没有这一页；该 PDF 共 \(pageCount) 页"
        case .cannotRenderPage: return "无法渲染该页"
        case .cannotBuildXLSX(let detail): return "无法生成 XLSX 工作簿：\(detail)"
        case .notQingdanJSON(let detail): return "不是 qingdan 清单 JSON" + (detail.map { "：\($0)" } ?? "")
        case .noListInFolder(let extensions):
            return "文件夹中没有清单文件（查找的是 " + extensions.map { ".\($0)" }.joined(separator: "、") + " 文件）"
        case .timeBudgetExceeded(let seconds): return "已停止：读取用时超过 \(seconds) 秒（单个文件的时间上限）"
        case .memoryBudgetExceeded(let megabytes): return "已停止：读取时崩溃或内存超过 \(megabytes) MB（单个文件的内存上限）"
        case .unsupportedSchemaVersion(let found, let supported): return "schema_version \(found) 不是本程序能读的版本（\(supported)）"
        case .impossiblePageSize(let width, let height): return "页面尺寸不可能：\(width) × \(height) 磅"
        case .impossibleTextPosition: return "文字位置不可能（字体或文字矩阵已损坏）"
        case .partTooLarge(let part, let megabytes): return "拒绝读取：\(part) 解压后超过 \(megabytes) MB（是压缩炸弹，不是清单）"
        case .partOverBudget(let part, let reason): return "拒绝读取：\(part) 含有\(reason)"
        case .pageOverBudget(let reason): return "拒绝读取：网页含有\(reason)"
        case .htmlParserStopped(let reason): return "HTML 解析器在网页结束前停止（\(reason)），其余内容会丢失"
        case .cannotEncodePNG: return "无法生成 PNG 图片"
        case .verbatim(let text): return text
        }
    }

    public func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .severity(.error): return "错误"
        case .severity(.warning): return "警告"
        case .severity(.info): return "提示"
        case .itemPlace(let number): return "第 \(number) 项"
        case .listSummary(let items, let file, let format, let pages):
            return "\(items) 项 · 来源 \(file)（\(format)" + (pages.map { "，\($0) 页" } ?? "") + "）"
        case .noCategory: return "（无类别）"
        case .categoryCounts: return "事项类别统计"
        case .itemCount: return "事项数"
        case .total: return "合计"
        case .contents: return "目录"
        case .findings: return "需核对事项"
        case .sheetItems: return "清单"
        case .sheetClauses: return "条款"
        case .clauseNumber: return "序号"
        case .clauseName: return "事项名称"
        case .clauseColumn: return "栏目"
        case .clauseDepartment: return "部门"
        case .clauseLabel: return "编号"
        case .clauseText: return "内容"
        case .diffTitle(let title): return "变更：\(title)"
        case .editions(let old, let oldItems, let new, let newItems):
            return "旧版：\(old)（\(oldItems) 项）→ 新版：\(new)（\(newItems) 项）"
        case .titleChanged: return "标题"
        case .colon: return "："
        case .listSeparator: return "；"
        case .aside(let text): return "（\(text)）"
        case .editionsSame: return "两个版本相同。"
        case .summaryChange: return "变更"
        case .summaryItems: return "事项数"
        case .removedItems: return "删除的事项"
        case .addedItems: return "新增的事项"
        case .modifiedItems: return "修改的事项"
        case .oldNumber: return "原序号"
        case .newNumber: return "新序号"
        case .removed: return "删除"
        case .added: return "新增"
        case .modified: return "修改"
        case .renamed: return "改名"
        case .moved: return "改类"
        case .reworded: return "改写"
        case .reordered: return "顺序调整"
        case .headingAdded: return "新增标题"
        case .headingRemoved: return "删除标题"
        case .wholeCell: return "整格"
        case .fieldRenamed: return "改名（事项名称）"
        case .fieldChanged(let field): return "\(field)有变化"
        case .renumberedOnly: return "仅序号变化"
        case .renumberedItems(let count): return "仅序号变化的事项（\(count) 项）"
        case .duties: return "职责"
        case .tinyDeletion(let text): return "删“\(text)”"
        case .tinyInsertion(let text): return "增“\(text)”"
        case .unchanged: return "未变"
        case .legendRules: return "红线：表格线"
        case .legendCells: return "蓝框：单元格"
        case .legendHeader: return "绿框：表头单元格"
        case .legendRow: return "r6：属于表格第 6 行（页首为上页续行）"
        case .problem(let file, let location, let message):
            switch location {
            case .page(let page)?: return "\(file)：第 \(page) 页：\(message)"
            case .line(let line)?: return "\(file)：第 \(line) 行：\(message)"
            case nil: return "\(file)：\(message)"
            }
        case .converted(let done, let total, let failed):
            return "已转换 \(done)/\(total) 个文件" + (failed == 0 ? "" : "；\(failed) 个失败")
        case .cannotStart(let file): return "\(file)：无法为此文件启动 qingdan"
        case .crashed(let file, let signal): return "\(file)：已停止：qingdan 处理此文件时崩溃或被终止（信号 \(signal)）"
        case .failed(let file, let exitCode): return "\(file)：失败（退出码 \(exitCode)）"
        case .fileConverted(let file, let items, let errors, let warnings, let infos, let outputs):
            return "\(errors > 0 ? "✘" : "✔") \(file)：\(items) 项；错误 \(errors)、警告 \(warnings)、提示 \(infos) → \(outputs)"
        case .progress(let bar, let done, let total, let current, let remaining):
            return "[\(bar)] \(done)/\(total)" + (current.isEmpty ? "" : " · 正在转换 \(current)") + (remaining.map { " · 还需约 \(Self.duration($0))" } ?? "")
        case .checkSummary(let files, let errors, let warnings, let infos, let unreadable):
            return "已检查 \(files) 个文件：错误 \(errors)、警告 \(warnings)、提示 \(infos)" + (unreadable == 0 ? "" : "；\(unreadable) 个无法读取")
        case .outputsRenamed(let file, let stem):
            return "\(file)：与同批的另一个文件同名，输出写为 \(stem).*"
        case .binaryToTerminal(let format):
            return "\(format) 是二进制文件，不能输出到终端；请用 -o 指定文件夹，或重定向到文件（> list.\(format)）"
        case .needOutputDirectory: return "请用 -o 指定输出文件夹，或只给一个输入和一种 --format 以写到标准输出"
        case .jobsAtLeastOne: return "--jobs 至少为 1"
        case .unknownFormat(let name, let choices): return "未知格式“\(name)”（可选：\(choices)）"
        case .noFormat: return "--format 没有给出任何格式"
        case .minSeverityChoices: return "--min-severity 可取 info、warning 或 error"
        case .languageChoices: return "--lang 可取 zh 或 en"
        case .listKindName(let kind):
            switch kind {
            case .basic: return "基本履职事项清单"
            case .cooperative: return "配合履职事项清单"
            case .returned: return "上级部门收回事项清单"
            case .other: return "其他清单"
            }
        case .noEdition: return "（无版本号）"
        case .reportColumn(let column):
            switch column {
            case .region: return "地区"
            case .township: return "乡镇（街道）"
            case .kind: return "清单类型"
            case .edition: return "版本"
            case .number: return "序号"
            case .name: return "事项名称"
            case .lineage: return "谱系"
            case .column: return "栏目"
            case .heading: return "部门标题"
            case .label: return "编号"
            case .text: return "条款"
            case .change: return "变化"
            case .field: return "栏目"
            case .detail: return "内容"
            case .side: return "所属"
            case .category: return "事项类别"
            case .departments: return "对应上级部门"
            case .items: return "事项数"
            }
        case .departmentReportTitle(let name): return "\(name) 的事项与职责"
        case .departmentReportNote(let asked, let resolved, let items, let lists):
            return (asked == resolved ? "" : "“\(asked)”按“\(resolved)”查询；") + "共 \(lists) 份清单中的 \(items) 项事项"
        case .historyReportTitle(let name): return "事项沿革：\(name)"
        case .historyReportNote(let lineages): return "共 \(lineages) 条谱系"
        case .compareReportTitle(let a, let b): return "清单比较：\(a) 与 \(b)"
        case .compareReportNote(let a, let b, let shared, let onlyA, let onlyB):
            return "A：\(a)；B：\(b)。两份共有 \(shared) 项，仅 A 有 \(onlyA) 项，仅 B 有 \(onlyB) 项"
        case .compareListDescription(let title, let edition, let id): return "\(title)（\(edition)，清单 \(id)）"
        case .onlyInA: return "仅 A 有"
        case .onlyInB: return "仅 B 有"
        case .summaryReportTitle: return "数据集概况"
        case .summaryReportNote(let lists, let items): return "共 \(lists) 份清单，\(items) 项事项"
        case .historyFirstSeen: return "首次收录"
        case .historyUnchanged: return "未变"
        case .historyModified: return "修改"
        case .historyGone: return "此版不再有"
        case .historyRenumbered(let old, let new): return "序号 \(old) → \(new)"
        case .historyHeadingAdded: return "新增部门标题"
        case .historyHeadingRemoved: return "删除部门标题"
        case .historyCellChanged: return "单元格"
        case .historyMoved: return "调整"
        case .datasetBuilt(let added, let items, let present, let sameEdition, let failed):
            return "收录 \(added) 份清单（\(items) 项事项）；\(present) 份已在数据集中，\(sameEdition) 份是已收录版本的另一形式"
                + (failed > 0 ? "；\(failed) 份失败" : "")
        case .datasetMissing(let path): return "\(path)：数据集文件不存在（先运行 qingdan dataset build）"
        case .datasetCannotOpen(let path, let detail): return "\(path)：无法打开数据集（\(detail)）"
        case .datasetCannotWrite(let path, let detail): return "\(path)：无法写入数据集（\(detail)）"
        case .datasetCannotRead(let path, let detail): return "\(path)：无法读取数据集（\(detail)）"
        case .datasetOutdated(let path):
            return "\(path)：数据集由旧版本建立，缺少查询所需的表；请先运行一次 qingdan dataset summary --db \(path) 升级"
        case .datasetDamaged(let place, let list): return "数据集已损坏：清单 \(list) 的 \(place) 无法读取"
        case .datasetNoList(let text): return "数据集中没有符合“\(text)”的清单"
        case .datasetSeveralLists(let text, let candidates):
            return "有 \(candidates.count) 份清单符合“\(text)”：\(candidates.joined(separator: "；"))。请用清单编号，或加 --kind、--edition 指明"
        case .datasetNoItem(let text): return "数据集中没有名称含“\(text)”的事项"
        case .datasetNoLineage(let id): return "数据集中没有谱系编号为 \(id) 的事项"
        case .datasetEditionConflict(let file, let region, let kind, let edition, let other):
            return "\(file)：\(region)\(text(.listKindName(kind))) \(edition) 版已由 \(other) 收录，内容不同；请用 --edition 指明版本"
        case .datasetListChoice(let id, let title, let edition): return "\(id) · \(title)（\(edition)）"
        }
    }
}
