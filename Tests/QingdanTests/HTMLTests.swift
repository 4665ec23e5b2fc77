import Foundation
import Testing
@testable import Qingdan

@Suite struct HTMLTests {
    private func table(_ html: String, path: String = "page.html") throws -> RawTable {
        try HTMLTableExtractor().extract(data: Data(html.utf8), path: path)
    }

    private static let header = "<tr><th>序号</th><th>事项类别</th><th>事项名称</th><th>对应上级部门</th><th>上级部门职责</th><th>乡镇（街道）配合职责</th></tr>"
    private static let headers = ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"]

    @Test func sampleEqualsReference() throws {
        let url = ReferenceCells.sample("kouquan-cooperative.html")
        let table = try HTMLTableExtractor().extract(data: Data(contentsOf: url), path: url.path)
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(reference.differences(from: table) == [])
        #expect(table.rows.count == 100)
        #expect(table.findings.isEmpty)
    }

    @Test func listReaderDetectsAndReadsTheSample() throws {
        let url = ReferenceCells.sample("kouquan-cooperative.html")
        let list = try ListReader().read(path: url.path)
        #expect(list.source.format == .html)
        #expect(list.title == (try ReferenceCells.load("kouquan-cooperative")).title)
    }

    @Test func rowspanFillsEveryRowAndColspanKeepsTextOnce() throws {
        let html = """
        <table>\(Self.header)
        <tr><td>1</td><td rowspan="3">党的建设</td><td>甲事项。</td><td>区委组织部</td><td>负责甲。</td><td>配合甲。</td></tr>
        <tr><td>2</td><td>乙事项。</td><td>区委宣传部</td><td>负责乙。</td><td>配合乙。</td></tr>
        <tr><td>3</td><td>丙事项。</td><td colspan="2">区民政局：负责丙。</td><td>配合丙。</td></tr>
        <tr><td>4</td><td>民生服务</td><td>丁事项。</td><td>区民政局</td><td rowspan="2">负责丁戊。</td><td>配合丁。</td></tr>
        <tr><td>5</td><td>民生服务</td><td>戊事项。</td><td>区民政局</td><td>配合戊。</td></tr>
        </table>
        """
        let table = try table(html)
        #expect(table.headers == Self.headers)
        #expect(table.rows.map(\.cells) == [
            ["1", "党的建设", "甲事项。", "区委组织部", "负责甲。", "配合甲。"],
            ["2", "党的建设", "乙事项。", "区委宣传部", "负责乙。", "配合乙。"],
            ["3", "党的建设", "丙事项。", "区民政局：负责丙。", "", "配合丙。"],
            ["4", "民生服务", "丁事项。", "区民政局", "负责丁戊。", "配合丁。"],
            ["5", "民生服务", "戊事项。", "区民政局", "负责丁戊。", "配合戊。"],
        ])
    }

    @Test func breaksParagraphsAndSourceWhitespace() throws {
        // Source formatting (indentation, line breaks inside Chinese text) is not text; typed spaces
        // inside a line are; <p>, <div> and <br> are hard breaks; &nbsp; is a space; spans nest.
        let html = """
        <table>\(Self.header)
        <tr>
          <td> 1 </td>
          <td><span style="x"><font face="宋体">经济</font>
              发展</span></td>
          <td>规模以上企业入统
            入库。</td>
          <td>区统计局<br>区发展和
          改革局</td>
          <td>
            <p>1.审核材料 ，并报送。</p>
            <div>2.下发名单&nbsp;和明细表。</div><p></p><p>&nbsp;</p>
          </td>
          <td><p><span>1.核实 </span><b>情况</b><span style="DISPLAY: none">隐藏</span></p>2.收集 Word
          files 并报送。</td>
        </tr>
        </table>
        """
        let table = try table(html)
        #expect(table.rows.map(\.cells) == [[
            "1", "经济发展", "规模以上企业入统入库。", "区统计局\n区发展和改革局",
            "1.审核材料 ，并报送。\n2.下发名单 和明细表。", "1.核实 情况\n2.收集 Word files 并报送。",
        ]])
    }

    @Test func findsTheListAmongChromeAndLayoutTables() throws {
        let html = """
        <html><head><title>配合履职事项清单_某某区人民政府</title></head><body>
        <h1>关于印发《某某镇履职事项清单》的通知</h1>
        <table class="nav"><tr><td><a href="/">首页</a></td><td>政务公开</td><td>事项清单</td></tr></table>
        <table class="layout"><tr><td>
          <div style="text-align: center"><strong>某某区某某镇配合履职事项清单</strong></div>
          <table><tr><td>发布日期</td><td>2024-01-01</td></tr></table>
          <table>
            <thead>\(Self.header)</thead>
            <tbody>
            <tr><td>1</td><td>党的建设</td><td>甲事项。</td><td>区委组织部</td><td>负责甲。</td><td>配合甲。</td></tr>
            \(Self.header)
            <tr><td>2</td><td>党的建设</td><td>乙事项。</td><td>区委宣传部</td><td>负责乙。</td><td>配合乙。</td></tr>
            </tbody>
          </table>
        </td><td>相关链接</td></tr></table>
        <table class="footer"><tr><td>主办单位</td><td>网站标识码</td></tr></table>
        </body></html>
        """
        let table = try table(html)
        #expect(table.title == "某某区某某镇配合履职事项清单")
        #expect(table.headers == Self.headers)
        #expect(table.rows.map { $0.cells[0] } == ["1", "2"])
    }

    @Test func listSplitOverTablesAndTitleFromPageTitle() throws {
        let html = """
        <html><head><title>某某镇基本履职事项清单 - 某某区人民政府网</title></head><body>
        <table>
        <tr><td>序号</td><td>事项名称</td><td>具体内容</td><td>备注</td></tr>
        <tr><td>1</td><td>甲</td><td>内容甲</td><td></td></tr>
        </table>
        <table>
        <tr><td>2</td><td>乙</td><td>内容乙</td><td>无</td></tr>
        </table>
        <table><tr><td>附件下载</td></tr></table>
        </body></html>
        """
        let table = try table(html)
        #expect(table.title == "某某镇基本履职事项清单")
        #expect(table.headers == ["序号", "事项名称", "具体内容", "备注"])
        #expect(table.rows.map(\.cells) == [["1", "甲", "内容甲", ""], ["2", "乙", "内容乙", "无"]])
    }

    @Test func twoLevelHeaderNamesGroupedColumns() throws {
        let html = """
        <table>
        <tr><th rowspan="2">序号</th><th rowspan="2">事项名称</th><th colspan="2">上级部门</th><th rowspan="2">乡镇（街道）配合职责</th></tr>
        <tr><th>名称</th><th>职责</th></tr>
        <tr><td>1</td><td>甲事项。</td><td>区民政局</td><td>负责甲。</td><td>配合甲。</td></tr>
        </table>
        """
        let table = try table(html)
        // The leaf headers are the columns; the group is kept, and read with a leaf for its key.
        #expect(table.headers == ["序号", "事项名称", "名称", "职责", "乡镇（街道）配合职责"])
        #expect(table.headerGroups == [nil, nil, "上级部门", "上级部门", nil])
        #expect(table.rows.map(\.cells) == [["1", "甲事项。", "区民政局", "负责甲。", "配合甲。"]])
        let columns = ColumnKeyMapper().columns(for: table.headers, groups: table.headerGroups)
        #expect(columns.map(\.key) == [.number, .name, .departments, .superiorDuties, .townshipDuties])
    }

    @Test func rowspanReachingPastShortRowsAndToTheEnd() throws {
        let html = """
        <table>
        <tr><td>序号</td><td>事项名称</td><td>备注</td></tr>
        <tr><td>1</td><td>甲</td><td rowspan="0">统一办理</td></tr>
        <tr><td>2</td></tr>
        <tr><td>3</td><td>丙</td></tr>
        </table>
        """
        #expect(try table(html).rows.map(\.cells) == [["1", "甲", "统一办理"], ["2", "", "统一办理"], ["3", "丙", "统一办理"]])
    }

    @Test func aSecondListOnThePageIsNotAppended() throws {
        let html = """
        <h2>某镇基本履职事项清单</h2>
        <table><tr><td>序号</td><td>事项名称</td><td>具体内容</td></tr><tr><td>1</td><td>甲</td><td>内容甲</td></tr></table>
        <h2>某镇配合履职事项清单</h2>
        <table><tr><td>序号</td><td>事项名称</td><td>具体内容</td></tr><tr><td>1</td><td>乙</td><td>内容乙</td></tr></table>
        """
        let table = try table(html)
        #expect(table.title == "某镇基本履职事项清单")
        #expect(table.rows.map(\.cells) == [["1", "甲", "内容甲"]])
    }

    @Test func wordExportedPage() throws {
        // Word's "save as web page": GB2312, MSO markup, <o:p>, source lines wrapped inside text.
        let html = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
        <!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->
        <style>p.MsoNormal {margin:0cm;}</style></head>
        <body lang=ZH-CN>
        <p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>
        <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;
        font-family:方正小标宋简体'>某镇配合履职事项清单<span lang=EN-US><o:p></o:p></span></span></b></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr style='page-break-inside:avoid'>
          <td width=47 valign=top><p class=MsoNormal align=center><b><span>序号</span></b></p></td>
          <td width=100 valign=top><p class=MsoNormal align=center><b><span>事项名称</span></b></p></td>
          <td width=300 valign=top><p class=MsoNormal align=center><b><span>乡镇（街道）<span
          lang=EN-US><br></span>配合职责</span></b></p></td>
         </tr>
         <tr>
          <td width=47 valign=top><p class=MsoNormal align=center><span lang=EN-US>1<o:p></o:p></span></p></td>
          <td width=100 valign=top><p class=MsoNormal><span>志愿者服务工作。</span></p></td>
          <td width=300 valign=top><p class=MsoNormal><span lang=EN-US>1.</span><span>组织人员积极参加志愿者活动，维护
          志愿者服务活动现场秩序（每年不少于<span lang=EN-US>3</span>次）。<span lang=EN-US><o:p></o:p></span></span></p>
          <p class=MsoNormal><span lang=EN-US>2.</span><span>做好 Word
          Press 网站的更新。</span></p>
          <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
         </tr>
        </table>
        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
        </body></html>
        """
        let bytes = try #require(encoded(html, as: "GB2312"))
        let table = try HTMLTableExtractor().extract(data: Data(bytes), path: "word.htm")
        #expect(table.title == "某镇配合履职事项清单")
        #expect(table.headers == ["序号", "事项名称", "乡镇（街道）配合职责"])
        #expect(table.rows.map(\.cells) == [[
            "1", "志愿者服务工作。",
            "1.组织人员积极参加志愿者活动，维护志愿者服务活动现场秩序（每年不少于3次）。\n2.做好 Word Press 网站的更新。",
        ]])
    }

    @Test func titleRowInsideTheTableAndNestedTablesInCells() throws {
        let html = """
        <table>
        <tr><td colspan="3" align="center"><b>某某街道配合履职<br>事项清单</b></td></tr>
        <tr><td colspan="3">填报单位：某某街道办事处</td></tr>
        <tr><td>序号</td><td>事项名称</td><td>对应上级部门</td></tr>
        <tr><td>1</td><td>甲</td><td><table><tr><td>区民政局</td></tr><tr><td>区医疗保障局</td></tr></table></td></tr>
        </table>
        """
        let table = try table(html)
        #expect(table.title == "某某街道配合履职事项清单")
        #expect(table.headers == ["序号", "事项名称", "对应上级部门"])
        #expect(table.rows.map(\.cells) == [["1", "甲", "区民政局\n区医疗保障局"]])
        // Text above the header that is not the title is reported, not dropped.
        #expect(table.findings.map(\.code) == ["text.unplaced"])
        #expect(table.findings.first?.message(in: .english).contains("填报单位：某某街道办事处") == true)
    }

    @Test func headerWrapsAreUndone() throws {
        let html = "<table><tr><td>序<br>号</td><td>事项<br>名称</td><td>乡镇（街道）<br/>配合职责</td></tr><tr><td>1</td><td>甲</td><td>配合</td></tr></table>"
        #expect(try table(html).headers == ["序号", "事项名称", "乡镇（街道）配合职责"])
    }

    @Test func gb2312PageDeclaredByMeta() throws {
        let html = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>清单</title></head>
        <body><h2>某镇配合履职事项清单</h2><table>\(Self.header)
        <tr><td>1</td><td>党的建设</td><td>史志编纂工作。</td><td>区委党史研究室</td><td>负责征集。</td><td>开展收集。</td></tr>
        </table></body></html>
        """
        let bytes = try #require(encoded(html, as: "GB2312"))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let table = try HTMLTableExtractor().extract(data: Data(bytes), path: "gb.html")
        #expect(table.title == "某镇配合履职事项清单")
        #expect(table.headers == Self.headers)
        #expect(table.rows.map(\.cells) == [["1", "党的建设", "史志编纂工作。", "区委党史研究室", "负责征集。", "开展收集。"]])
    }

    @Test func gbkPageWithoutDeclarationIsDetected() throws {
        let html = "<table>\(Self.header)<tr><td>1</td><td>民生服务</td><td>救助。</td><td>区民政局</td><td>负责。</td><td>配合。</td></tr></table>"
        let bytes = try #require(encoded(html, as: "GBK"))
        #expect(HTMLCharset(Data(bytes)).name == "GB18030")
        #expect(try HTMLTableExtractor().extract(data: Data(bytes), path: "gbk.html").rows.first?.cells[1] == "民生服务")
    }

    @Test func charsetDeclarations() {
        #expect(HTMLCharset.declaredCharset(in: Array("<meta charset=\"GBK\">".utf8)) == "GB18030")
        #expect(HTMLCharset.declaredCharset(in: Array("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=utf-8'>".utf8)) == "UTF-8")
        #expect(HTMLCharset.declaredCharset(in: Array("<meta name=\"x\"><p>charset=gbk</p>".utf8)) == nil)
        #expect(HTMLCharset(Data([0xEF, 0xBB, 0xBF] + Array("<p>清单</p>".utf8))).utf8 == Data("<p>清单</p>".utf8))
    }

    @Test func pageWithoutListTableIsNoTable() throws {
        let html = "<html><body><table><tr><td>首页</td><td>政务公开</td></tr></table><p>清单</p></body></html>"
        #expect(throws: QingdanError(.noTable, file: "chrome.html", .noListTable)) {
            try table(html, path: "chrome.html")
        }
        #expect(throws: QingdanError.self) { try table("", path: "empty.html") }
    }
}
