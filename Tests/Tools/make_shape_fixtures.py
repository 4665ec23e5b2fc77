#!/usr/bin/env python3
"""Writes the table-shape fixtures of Tests/QingdanTests/Fixtures/shapes/: lists of the three kinds
(基本履职事项清单, 配合履职事项清单, 上级部门收回事项清单) in the shapes of issue 9, each rendered to every
input form Qingdan reads, and next to them `VARIANT.truth.json`.

The truth is written from this script's own data BEFORE anything is rendered, never from Qingdan's
output: every item's cells paragraph-exact (keyed by the leaf header), category, sub-category, name,
departments, duty sections and clauses; the section rows and column groups; and the renderings made
of it. Clause trees are data here; the cells are printed from them, so the clauses are known
without parsing anything.

Shapes (issue 9): a wrapped header in narrow columns; b two-row grouped header; c section rows
(一、… （一）… …（N项）) with or without a 事项类别 column; d 事项类别 merged over runs of rows that cross
page breaks; e the title as the table's first row, or above it on two lines, a mostly empty 备注,
an unruled table; f vertically centred cells.

Forms: .html (written here), .docx (OOXML written here with zipfile), .lo.pdf (LibreOffice from the
DOCX), .chromium.pdf (Chromium from the HTML), .raw.txt / .layout.txt (`pdftotext -raw` / `-layout`
of the LibreOffice PDF), .export.txt (the "exported text" form of Samples/kouquan-cooperative.txt:
the PDF's text blocks in reading order, one-line cells of a row on one line, blocks apart by blank
lines — made here from `pdftotext -bbox-layout`).

Needs soffice, chromium, pdftotext and the fonts-noto-cjk / fonts-droid-fallback fonts. Run from the
package root:   python3 Tests/Tools/make_shape_fixtures.py
"""
import html as htmllib, json, os, re, subprocess, sys, zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
from fixture_render import chromium_pdf, pdftotext, soffice_pdf  # noqa: E402

OUT = os.path.join('Tests', 'QingdanTests', 'Fixtures', 'shapes')

# MARK: - Data: clause trees, printed into cells


def clause(label, text, *subclauses, inline=False, run_on=False):
    """A clause: `label` as printed (None for an unnumbered paragraph), its text, its subclauses;
    `inline` prints circled subclauses in the clause's own paragraph (1.负责…①…②…); `run_on`
    prints the clause in the paragraph of the one before it (1.负责甲。2.配合乙。), as lists typed
    without a line break between their clauses do."""
    return {'label': label, 'text': text, 'subclauses': list(subclauses), 'inline': inline, 'run_on': run_on}


def paragraphs(clauses):
    """The printed paragraphs of a clause list: one per clause, inline subclauses in their parent's,
    a run-on clause in the paragraph before it."""
    lines = []
    for c in clauses:
        head = (c['label'] or '') + c['text']
        if c['inline']:
            head += ''.join(s['label'] + s['text'] for s in c['subclauses'])
        if c['run_on'] and lines:
            lines[-1] += head
        else:
            lines.append(head)
        if not c['inline']:
            lines += paragraphs(c['subclauses'])
    return lines


def clause_truth(clauses):
    return [{'label': c['label'], 'text': c['text'], 'subclauses': clause_truth(c['subclauses'])} for c in clauses]


def section(heading, departments, clauses):
    """Part of a 上级部门职责 cell under a department heading (县民政局：), or without one (heading None)."""
    return {'heading': heading, 'departments': departments, 'clauses': clauses}


def sections_text(sections):
    lines = []
    for s in sections:
        if s['heading']:
            lines.append(s['heading'])
        lines += paragraphs(s['clauses'])
    return '\n'.join(lines)


# MARK: - The three lists

def basic_items():
    """临川县石门镇基本履职事项清单: categories and sub-categories given by section rows."""
    rows = [
        ('党的建设', '基层党建', '村级党组织换届选举指导', [
            clause('1.', '制定村级党组织换届选举工作方案，报县委组织部备案。'),
            clause('2.', '2022年起每届换届前开展村“两委”班子运行情况分析研判。'),
            clause('3.', '指导各村依法依规完成选举程序：', clause('（1）', '审核候选人资格；'), clause('（2）', '监督投票和计票。')),
        ], '《中国共产党农村基层组织工作条例》', '党建办', ''),
        ('党的建设', '基层党建', '党员发展和教育管理', [
            clause('1.', '按年度计划发展党员，做好入党积极分子培养考察。'),
            clause('2.', '组织党员参加“三会一课”和主题党日活动。'),
        ], '《中国共产党发展党员工作细则》', '党建办', ''),
        ('党的建设', '基层党建', '软弱涣散村党组织整顿', [
            clause(None, '每年排查软弱涣散村党组织，逐村制定整顿方案并落实镇领导包联责任。'),
        ], '', '党建办', '每年第一季度'),
        ('党的建设', '宣传思想', '新时代文明实践站建设', [
            clause('1.', '建设镇新时代文明实践所和村实践站，统筹志愿服务队伍。'),
            clause('2.', '每月开展理论宣讲、移风易俗等实践活动不少于两次。'),
        ], '', '宣传办', ''),
        ('党的建设', '宣传思想', '意识形态工作责任制落实', [
            clause('1.', '研判辖区意识形态领域情况，每半年向县委宣传部报告一次。'),
            clause('2.', '管理镇属宣传阵地和网络平台，落实内容审核制度。'),
        ], '《党委（党组）意识形态工作责任制实施办法》', '宣传办', ''),
        ('经济发展', None, '特色农业产业培育', [
            clause('1.', '编制全镇特色农业产业发展规划。'),
            clause('2.', '组织开展农业技术培训：', clause('①', '粮油高产栽培；'), clause('②', '设施蔬菜病虫害防治。'), inline=True),
            clause('3.', '协调落实产业奖补资金。'),
        ], '《中华人民共和国乡村振兴促进法》', '经济发展办', ''),
        ('经济发展', None, '招商引资项目服务', [
            clause('1.', '收集上报招商线索，建立在谈项目台账。'),
            clause('2.', '为落地项目提供用地、用电、用工等要素保障协调服务。'),
        ], '', '经济发展办', ''),
        ('经济发展', None, '农村集体经济组织运营管理', [
            clause('1.', '指导村集体经济组织建立健全财务制度和民主理财制度。'),
            clause('2.', '审核村集体资产发包、出租合同，防止集体资产流失。'),
            clause('3.', '2023年起按季度公开村级财务收支情况。'),
        ], '《中华人民共和国农村集体经济组织法》', '经济发展办', ''),
        ('平安法治', '安全生产', '辖区企业安全生产检查', [
            clause('1.', '按照分级分类原则开展企业安全生产检查：',
                   clause('①', 'C级及以上风险企业每月检查一次；'), clause('②', 'D级企业每季度检查一次。')),
            clause('2.', '对检查发现的隐患督促企业限期整改，并建立整改台账。'),
        ], '《中华人民共和国安全生产法》第九条', '应急管理办', ''),
        ('平安法治', '安全生产', '防汛抗旱和地质灾害防治', [
            clause('1.', '汛期前组织排查山塘水库、地质灾害隐患点。'),
            clause('2.', '制定转移避险预案，每年组织演练不少于一次。'),
        ], '《中华人民共和国防洪法》', '应急管理办', '汛期为5月至9月'),
        ('平安法治', '综合治理', '矛盾纠纷排查化解', [
            clause('1.', '每月开展矛盾纠纷排查，建立排查化解台账。'),
            clause('2.', '对重大疑难纠纷组织镇综治中心、司法所联合调处。', run_on=True),
            clause('3.', '2025年起每季度向县委政法委报送化解情况。', run_on=True),
        ], '《中华人民共和国人民调解法》', '综治办', ''),
        ('平安法治', '综合治理', '网格化服务管理', [
            clause(None, '划分综合网格，配齐专兼职网格员，落实网格员走访、信息采集和事件上报制度。'),
        ], '', '综治办', ''),
    ]
    items = []
    for n, (category, sub, name, content, basis, office, remark) in enumerate(rows, start=1):
        items.append({'number': n, 'category': category, 'subcategory': sub, 'name': name,
                      'name_printed': name + ('。' if n % 3 == 0 else ''),
                      'content': content, 'basis': basis, 'office': office, 'remark': remark})
    return items


def cooperative_items():
    """青山县城关街道配合履职事项清单: 县 departments, several per item in places."""
    civil, disabled = '县民政局', '县残疾人联合会'
    rows = [
        ('党的建设', '离退休干部服务保障', ['县委老干部局'],
         [section(None, [], [clause('1.', '负责全县离退休干部政治待遇、生活待遇落实工作。'),
                             clause('2.', '组织离退休干部参加学习和文体活动。')])],
         [clause('1.', '走访慰问辖区离退休干部，及时反映其困难和诉求。'),
          clause('2.', '协助做好离退休干部去世后的善后工作。')]),
        ('党的建设', '统一战线工作', ['县委统战部'],
         [section(None, [], [clause(None, '负责全县统一战线工作的统筹协调和指导督促。')])],
         [clause('1.', '摸排辖区内党外知识分子、新的社会阶层人士情况并建立台账。')]),
        ('党的建设', '工会组织建设', ['县总工会'],
         [section(None, [], [clause('1.', '指导街道总工会依法开展工作。'), clause('2.', '审核新建基层工会组织。')])],
         [clause('1.', '推动辖区非公企业建立工会组织。'), clause('2.', '收集职工诉求并上报。')]),
        ('民生保障', '困难残疾人生活补贴和重度残疾人护理补贴发放', [disabled, civil],
         [section(disabled + '：', [disabled], [clause('1.', '负责残疾人证核发和残疾等级复核。'),
                                               clause('2.', '会同县民政局审核补贴对象资格。')]),
          section(civil + '：', [civil], [clause('1.', '负责补贴资金的审批和发放，按月推送发放名单。')])],
         [clause('1.', '受理辖区残疾人补贴申请，初审后上报。'),
          clause('2.', '2024年起每半年开展一次补贴对象动态核查。')]),
        ('民生保障', '最低生活保障申请审核', [civil],
         [section(None, [], [clause('1.', '负责最低生活保障的审批和资金发放，对象认定按以下情形办理：',
                                    clause('①', '家庭人均收入低于当地保障标准的；'),
                                    clause('②', '财产状况符合当地规定的。'), inline=True),
                             clause('2.', '定期抽查复核保障对象。')])],
         [clause('1.', '受理申请，组织入户调查和民主评议。'), clause('2.', '张榜公示审核结果，接受群众监督。'),
          clause('3.', '建立低保对象档案，实行动态管理。')]),
        ('民生保障', '临时救助', [civil],
         [section(None, [], [clause(None, '负责临时救助的审批，对急难型救助实行先行救助、事后补充说明。')])],
         [clause('1.', '对遭遇突发事件、意外伤害的困难群众及时受理救助申请。'),
          clause('2.', '对救助金额较小的，由街道直接审批并报县民政局备案。')]),
        ('民生保障', '城乡居民基本医疗保险参保', ['县医疗保障局', '县税务局'],
         [section('县医疗保障局：', ['县医疗保障局'], [clause('1.', '负责制定年度参保扩面工作方案。'),
                                                   clause('2.', '负责参保信息的核对和维护。')]),
          section('县税务局：', ['县税务局'], [clause('1.', '负责城乡居民医疗保险费征收。')])],
         [clause('1.', '组织社区开展参保政策宣传和参保动员。'), clause('2.', '核实辖区困难群体参保资助对象。')]),
        ('民生保障', '适龄儿童免疫规划疫苗接种', ['县卫生健康局'],
         [section(None, [], [clause('1.', '负责疫苗的采购、配送和冷链管理：',
                                    clause('（1）', '按计划分配疫苗；'), clause('（2）', '监测冷链运转情况。', run_on=True)),
                             clause('2.', '指导社区卫生服务中心开展预防接种。')])],
         [clause('1.', '摸清辖区适龄儿童底数，通知家长按时接种。')]),
        ('应急管理', '自然灾害救助', ['县应急管理局', civil],
         [section('县应急管理局：', ['县应急管理局'], [clause('1.', '负责灾情核查、统计和报送。'),
                                                   clause('2.', '下拨自然灾害救助资金和物资。')]),
          section(civil + '：', [civil], [clause('1.', '对因灾造成生活困难的群众纳入临时救助范围。')])],
         [clause('1.', '灾害发生后及时组织转移安置受灾群众。'), clause('2.', '统计上报灾情和需救助人员名单。')]),
        ('应急管理', '“九小场所”消防安全检查', ['县消防救援大队'],
         [section(None, [], [clause('1.', '负责对“九小场所”开展消防监督抽查。'),
                             clause('2.', '对街道消防安全检查人员开展业务培训。')])],
         [clause('1.', '每季度对辖区“九小场所”开展消防安全巡查，发现隐患督促整改：',
                 clause('（1）', '疏散通道堵塞的，责令当场清理；'),
                 clause('（2）', '电动自行车违规充电的，告知并劝导改正。')),
          clause('2.', '整改不力的，报县消防救援大队依法处理。')]),
        ('应急管理', '森林防火', ['县林业局', '县应急管理局'],
         [section('县林业局：', ['县林业局'], [clause('1.', '负责森林防火宣传和火源管控的指导。')]),
          section('县应急管理局：', ['县应急管理局'], [clause('1.', '负责森林火灾扑救的统一指挥调度。')])],
         [clause('1.', '防火期内组织巡山护林，劝阻野外用火。'), clause('2.', '发现火情第一时间报告并组织初期扑救。')]),
        ('应急管理', '突发事件应急演练', ['县应急管理局'],
         [section(None, [], [clause(None, '负责指导街道修订应急预案并组织综合演练。')])],
         [clause('1.', '每年组织社区居民开展应急疏散演练。')]),
        ('城乡建设', '农村危房改造', ['县住房和城乡建设局'],
         [section(None, [], [clause('1.', '负责危房鉴定和改造资金拨付。'), clause('2.', '对改造质量进行抽查验收。')])],
         [clause('1.', '摸排辖区危房户并上报。'), clause('2.', '督促改造户按期开工并组织初验。', run_on=True)]),
        ('城乡建设', '违法建设查处', ['县住房和城乡建设局', '县自然资源局'],
         [section('县住房和城乡建设局：', ['县住房和城乡建设局'], [clause('1.', '负责城镇规划区内违法建设的认定和查处。')]),
          section('县自然资源局：', ['县自然资源局'], [clause('1.', '负责违法占用耕地建设的认定和查处。')])],
         [clause('1.', '日常巡查中发现违法建设及时制止并上报。'), clause('2.', '配合开展拆除工作。')]),
    ]
    items = []
    for n, (category, name, departments, sup, town) in enumerate(rows, start=1):
        items.append({'number': n, 'category': category, 'subcategory': None, 'name': name,
                      'name_printed': name + ('。' if n % 2 else ''),
                      'departments': departments, 'superior': sup, 'township': town})
    return items


def returned_truths(rows):
    """The truths of a 收回 list's rows (category, name, departments one a line, basis, remark), numbered from 1."""
    return [{'number': n, 'category': category, 'subcategory': None, 'name': name, 'name_printed': name,
             'departments': departments.split('\n'), 'departments_printed': departments,
             'basis': basis, 'remark': remark}
            for n, (category, name, departments, basis, remark) in enumerate(rows, start=1)]


def returned_items():
    """临川县石门镇上级部门收回事项清单."""
    rows = [
        ('行政许可', '乡村建设规划许可证核发', '县自然资源局', '《中华人民共和国城乡规划法》第四十一条', ''),
        ('行政许可', '农村村民宅基地审批', '县农业农村局\n县自然资源局', '《中华人民共和国土地管理法》第六十二条', '联审联办'),
        ('行政许可', '小型露天采石场开采许可', '县应急管理局', '《非煤矿山企业安全生产许可证实施办法》', ''),
        ('行政处罚', '对未取得建设工程规划许可证进行建设的处罚', '县住房和城乡建设局', '《中华人民共和国城乡规划法》第六十四条', ''),
        ('行政处罚', '对在禁止区域内焚烧秸秆的处罚', '县生态环境局', '《中华人民共和国大气污染防治法》第一百一十九条', ''),
        ('行政处罚', '对违反规定饲养犬只的处罚', '县公安局', '《中华人民共和国治安管理处罚法》第七十五条', ''),
        ('行政检查', '对食品生产经营者的监督检查', '县市场监督管理局', '《中华人民共和国食品安全法》第一百一十条', ''),
        ('行政检查', '对特种设备使用单位的监督检查', '县市场监督管理局', '《中华人民共和国特种设备安全法》第五十七条', '2024年收回'),
        ('公共服务', '婚姻登记', '县民政局', '《婚姻登记条例》第二条', ''),
        ('公共服务', '残疾人证办理', '县残疾人联合会', '《中华人民共和国残疾人证管理办法》', ''),
    ]
    return returned_truths(rows)


# MARK: - Variants: one list in one set of shapes, with its typesetting

CN_NUMBERS = '一二三四五六七八九十'


def basic_table(with_category, section_style):
    """Headers, column groups, rows (each a dict: kind 'item' with cells, or 'section') of the basic list."""
    headers = ['序号'] + (['事项类别'] if with_category else []) + ['事项名称', '具体内容', '履职依据', '责任科室', '备注']
    items = basic_items()
    rows, last_top, last_sub, top_index, sub_index = [], None, None, 0, 0
    for item in items:
        if item['category'] != last_top:
            top_index += 1
            sub_index = 0
            count = sum(1 for i in items if i['category'] == item['category'])
            printed = f'{CN_NUMBERS[top_index - 1]}、{item["category"]}' if section_style == 'numbered' \
                else f'{item["category"]}（{count}项）'
            rows.append({'kind': 'section', 'text': printed, 'level': 1, 'before': item['number']})
            last_top, last_sub = item['category'], None
        if section_style == 'numbered' and item['subcategory'] and item['subcategory'] != last_sub:
            sub_index += 1
            rows.append({'kind': 'section', 'text': f'（{CN_NUMBERS[sub_index - 1]}）{item["subcategory"]}',
                         'level': 2, 'before': item['number']})
            last_sub = item['subcategory']
        cells = {'序号': str(item['number']), '事项名称': item['name_printed'],
                 '具体内容': '\n'.join(paragraphs(item['content'])), '履职依据': item['basis'],
                 '责任科室': item['office'], '备注': item['remark']}
        if with_category:
            cells['事项类别'] = item['category']
        truth = {'number': item['number'], 'category': item['category'],
                 'subcategory': item['subcategory'] if section_style == 'numbered' else None,
                 'name': item['name'], 'departments': [], 'superior_duties': [], 'township_duties': [],
                 'content': clause_truth(item['content']), 'cells': cells}
        rows.append({'kind': 'item', 'cells': [cells[h] for h in headers], 'truth': truth})
    return headers, [], rows


def cooperative_table(wording):
    items = cooperative_items()
    if wording == 'sample':
        headers = ['序号', '事项类别', '事项名称', '对应上级部门', '上级部门职责', '乡镇（街道）配合职责']
        groups = [{'header': '职责边界划分', 'columns': ['上级部门职责', '乡镇（街道）配合职责']}]
    else:
        headers = ['序号', '事项类别', '事项名称', '配合部门', '县级部门', '乡镇（街道）']
        groups = [{'header': '职责边界', 'columns': ['县级部门', '乡镇（街道）']}]
    rows = []
    for item in items:
        values = [str(item['number']), item['category'], item['name_printed'], '\n'.join(item['departments']),
                  sections_text(item['superior']), '\n'.join(paragraphs(item['township']))]
        cells = dict(zip(headers, values))
        truth = {'number': item['number'], 'category': item['category'], 'subcategory': None, 'name': item['name'],
                 'departments': item['departments'],
                 'superior_duties': [{'heading': s['heading'], 'departments': s['departments'],
                                      'clauses': clause_truth(s['clauses'])} for s in item['superior']],
                 'township_duties': clause_truth(item['township']), 'content': None, 'cells': cells}
        rows.append({'kind': 'item', 'cells': values, 'truth': truth})
    return headers, groups, rows


def street_returned_items():
    """松溪县河西街道上级部门收回事项清单: other departments and categories, a longer run of one
    category (merged over a page break in the landscape rendering)."""
    rows = [
        ('行政确认', '城乡居民最低生活保障对象认定', '县民政局', '《社会救助暂行办法》第十一条', ''),
        ('行政确认', '特困人员认定', '县民政局', '《社会救助暂行办法》第十四条', ''),
        ('行政确认', '农村集体经济组织成员身份确认', '县农业农村局', '《中华人民共和国农村集体经济组织法》第十二条', '2025年收回'),
        ('行政确认', '享受政府补贴的居家养老服务对象认定', '县民政局\n县卫生健康局', '《县居家养老服务补贴办法》', ''),
        ('行政确认', '独生子女父母光荣证发放', '县卫生健康局', '《中华人民共和国人口与计划生育法》第二十七条', ''),
        ('行政确认', '再生育一个子女审批', '县卫生健康局', '《省人口与计划生育条例》第二十条', ''),
        ('行政给付', '高龄老人津贴发放', '县民政局', '《省老年人权益保障条例》第三十一条', ''),
        ('行政给付', '退役军人优待金发放', '县退役军人事务局', '《军人抚恤优待条例》第三十六条', ''),
        ('行政给付', '耕地地力保护补贴发放', '县农业农村局\n县财政局', '《县耕地地力保护补贴实施方案》', '按年度发放'),
        ('其他权力', '生产经营单位安全生产标准化评审', '县应急管理局', '《安全生产标准化评审管理办法》', ''),
        ('其他权力', '燃气经营企业日常监管', '县住房和城乡建设局', '《城镇燃气管理条例》第五条', ''),
    ]
    return returned_truths(rows)


def returned_table(wording, basis='收回依据', items=None):
    headers = ['序号', '事项类别', '事项名称', wording, basis, '备注']
    rows = []
    for item in items or returned_items():
        values = [str(item['number']), item['category'], item['name_printed'], item['departments_printed'],
                  item['basis'], item['remark']]
        cells = dict(zip(headers, values))
        truth = {'number': item['number'], 'category': item['category'], 'subcategory': None, 'name': item['name'],
                 'departments': item['departments'], 'superior_duties': [], 'township_duties': [], 'content': None,
                 'cells': cells}
        rows.append({'kind': 'item', 'cells': values, 'truth': truth})
    return headers, [], rows


VARIANTS = [
    # c (numbered section rows, no 事项类别 column), e (title above on two lines), mostly empty 备注.
    dict(name='basic-sections', kind='basic', title=['临川县石门镇', '基本履职事项清单'], title_in_table=False,
         table=lambda: basic_table(False, 'numbered'), widths=[1.1, 3.2, 9.0, 5.0, 2.2, 2.0],
         landscape=True, font='Noto Serif CJK SC', size=10.5, ruled=True, center=False, merge_category=False,
         repeat=True),
    # a (narrow portrait columns wrap the header), c (section rows 党的建设（5项） over a 事项类别 column),
    # d (事项类别 merged over each run), f (every cell vertically centred).
    dict(name='basic-portrait', kind='basic', title=['临川县石门镇基本履职事项清单'], title_in_table=False,
         table=lambda: basic_table(True, 'counted'), widths=[0.8, 1.3, 2.2, 6.2, 3.2, 1.5, 1.2],
         landscape=False, font='Noto Sans CJK SC', size=9, ruled=True, center=True, merge_category=True,
         repeat=False),
    # b (职责边界划分 over the duty columns), d (事项类别 merged across page breaks), header repeated.
    dict(name='cooperative-grouped', kind='cooperative', title=['青山县城关街道配合履职事项清单'], title_in_table=False,
         table=lambda: cooperative_table('sample'), widths=[1.1, 2.2, 3.6, 3.4, 8.6, 7.0],
         landscape=True, font='Noto Sans CJK SC', size=12, ruled=True, center=False, merge_category=True,
         repeat=True),
    # a, b (县级部门 | 乡镇（街道） under 职责边界), e (title as the table's first row), f.
    dict(name='cooperative-portrait', kind='cooperative', title=['青山县城关街道配合履职事项清单'], title_in_table=True,
         table=lambda: cooperative_table('county'), widths=[0.8, 1.3, 2.4, 2.4, 5.4, 4.7],
         landscape=False, font='Noto Serif CJK SC', size=9, ruled=True, center=True, merge_category=False,
         repeat=True),
    # e (title as the first row, unruled, 备注 mostly empty).
    dict(name='returned-unruled', kind='returned', title=['临川县石门镇上级部门收回事项清单'], title_in_table=True,
         table=lambda: returned_table('收回部门'), widths=[1.2, 2.4, 6.0, 4.2, 8.0, 3.0],
         landscape=True, font='Droid Sans Fallback', size=10, ruled=False, center=False, merge_category=False,
         repeat=False),
    # d (事项类别 merged over a run across a page break), e (title as the table's first row, on a
    # 街道 list), 实施部门 / 法律依据; another font and size, landscape, header repeated.
    dict(name='returned-street', kind='returned', title=['松溪县河西街道上级部门收回事项清单'], title_in_table=True,
         table=lambda: returned_table('实施部门', '法律依据', street_returned_items()), widths=[1.2, 2.2, 3.4, 3.0, 4.6, 2.0],
         landscape=True, font='Noto Serif CJK SC', size=15, ruled=True, center=False, merge_category=True,
         repeat=True),
    # a (wrapped header), e (title above on two lines), 承接部门, 事项类别 merged.
    dict(name='returned-portrait', kind='returned', title=['临川县石门镇', '上级部门收回事项清单'], title_in_table=False,
         table=lambda: returned_table('承接部门'), widths=[0.8, 1.3, 4.0, 2.6, 6.0, 2.3],
         landscape=False, font='Noto Serif CJK SC', size=10, ruled=True, center=True, merge_category=True,
         repeat=True),
]


def category_runs(rows, headers):
    """For each row index holding an item, the length of the run of equal 事项类别 it starts (0 inside a run)."""
    if '事项类别' not in headers:
        return {}
    column = headers.index('事项类别')
    runs, start = {}, None
    for index, row in enumerate(rows + [{'kind': 'end'}]):
        value = row['cells'][column] if row['kind'] == 'item' else None
        if start is not None and (value is None or value != rows[start]['cells'][column]):
            runs[start] = index - start
            start = None
        if value is not None and start is None:
            start = index
        elif value is not None:
            runs[index] = 0
    return runs


# MARK: - HTML


def html_page(v, headers, groups, rows):
    ncol = len(headers)
    border = '1px solid #000' if v['ruled'] else 'none'
    page = 'A4 landscape' if v['landscape'] else 'A4'
    css = (f'@page {{ size: {page}; margin: 1.6cm 1.4cm; }} '
           f'body {{ font-family: "{v["font"]}"; font-size: {v["size"]}pt; }} '
           f'table {{ border-collapse: collapse; table-layout: fixed; width: 100%; }} '
           f'td, th {{ border: {border}; padding: 2pt 3pt; vertical-align: {"middle" if v["center"] else "top"}; '
           f'font-weight: normal; text-align: left; word-break: break-all; }} '
           f'p {{ margin: 0; }} h1 {{ font-size: {v["size"] + 6}pt; text-align: center; margin: 0 0 2pt 0; }}')
    total = sum(v['widths'])
    out = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
           f'<title>{escape("".join(v["title"]))}</title><style>{css}</style></head><body>']
    if not v['title_in_table']:
        out += [f'<h1>{escape(line)}</h1>' for line in v['title']]
    out.append('<table><colgroup>' + ''.join(f'<col style="width:{w / total * 100:.2f}%">' for w in v['widths'])
               + '</colgroup>')
    out.append('<thead>' if v['repeat'] else '<tbody>')
    if v['title_in_table']:
        out.append(f'<tr><td colspan="{ncol}" style="text-align:center">{escape("".join(v["title"]))}</td></tr>')
    for row in header_rows(headers, groups):
        out.append('<tr>' + ''.join(
            f'<th{span_attributes(c)}>{escape(c["text"])}</th>' for c in row) + '</tr>')
    if v['repeat']:
        out.append('</thead><tbody>')
    runs = category_runs(rows, headers) if v['merge_category'] else {}
    for index, row in enumerate(rows):
        if row['kind'] == 'section':
            out.append(f'<tr><td colspan="{ncol}">{escape(row["text"])}</td></tr>')
            continue
        cells = []
        for c, text in enumerate(row['cells']):
            attributes = ''
            if headers[c] == '事项类别' and index in runs:
                if runs[index] == 0:
                    continue
                attributes = f' rowspan="{runs[index]}" style="vertical-align: middle"'
            cells.append(f'<td{attributes}>' + ''.join(f'<p>{escape(p)}</p>' for p in text.split('\n')) + '</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</tbody></table></body></html>')
    return '\n'.join(out) + '\n'


def header_rows(headers, groups):
    """The header as printed rows of {text, colspan, rowspan}: one row, or two when columns are grouped."""
    if not groups:
        return [[{'text': h, 'colspan': 1, 'rowspan': 1} for h in headers]]
    top, bottom, index = [], [], 0
    while index < len(headers):
        group = next((g for g in groups if g['columns'][0] == headers[index]), None)
        if group:
            top.append({'text': group['header'], 'colspan': len(group['columns']), 'rowspan': 1})
            bottom += [{'text': h, 'colspan': 1, 'rowspan': 1} for h in group['columns']]
            index += len(group['columns'])
        else:
            top.append({'text': headers[index], 'colspan': 1, 'rowspan': 2})
            index += 1
    return [top, bottom]


def span_attributes(cell):
    return (f' colspan="{cell["colspan"]}"' if cell['colspan'] > 1 else '') + \
        (f' rowspan="{cell["rowspan"]}"' if cell['rowspan'] > 1 else '')


# MARK: - DOCX (WordprocessingML written here)

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
TWIPS_PER_CM = 567


def docx_bytes_path(v, headers, groups, rows, path):
    font, half_points = v['font'], int(v['size'] * 2)

    def run(text, size=half_points):
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
                f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')

    def paragraph(text, size=half_points, center=False):
        jc = '<w:jc w:val="center"/>' if center else ''
        return f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jc}</w:pPr>{run(text, size) if text else ""}</w:p>'

    widths = [int(w * TWIPS_PER_CM) for w in v['widths']]

    def cell(text, span_from, span=1, merge=None, center_text=False):
        width = sum(widths[span_from:span_from + span])
        props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            props += f'<w:gridSpan w:val="{span}"/>'
        if merge:
            props += '<w:vMerge w:val="restart"/>' if merge == 'restart' else '<w:vMerge/>'
        if v['center'] or merge == 'restart':
            props += '<w:vAlign w:val="center"/>'
        body = ''.join(paragraph(p, center=center_text) for p in text.split('\n')) if text else paragraph('')
        return f'<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>'

    def row(cells, header=False):
        props = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
        return f'<w:tr>{props}{"".join(cells)}</w:tr>'

    border = 'single' if v['ruled'] else 'nil'
    borders = ''.join(f'<w:{side} w:val="{border}" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    body = []
    if not v['title_in_table']:
        body += [paragraph(line, int((v['size'] + 6) * 2), center=True) for line in v['title']]
    table = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
             f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/>'
             f'</w:tblCellMar></w:tblPr><w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    if v['title_in_table']:
        table.append(row([cell(''.join(v['title']), 0, len(headers), center_text=True)]))
    printed = header_rows(headers, groups)
    for r, header_row in enumerate(printed):
        cells, column = [], 0
        for c in header_row:
            if r == 1:
                while column < len(headers) and any(h['rowspan'] == 2 and h['text'] == headers[column] for h in printed[0]):
                    cells.append(cell('', column, merge='continue'))
                    column += 1
            merge = 'restart' if c['rowspan'] == 2 else None
            cells.append(cell(c['text'], column, c['colspan'], merge=merge))
            column += c['colspan']
        while r == 1 and column < len(headers):
            cells.append(cell('', column, merge='continue'))
            column += 1
        table.append(row(cells, header=v['repeat']))
    runs = category_runs(rows, headers) if v['merge_category'] else {}
    for index, r in enumerate(rows):
        if r['kind'] == 'section':
            table.append(row([cell(r['text'], 0, len(headers))]))
            continue
        cells = []
        for c, text in enumerate(r['cells']):
            merge = None
            if headers[c] == '事项类别' and index in runs:
                merge = 'continue' if runs[index] == 0 else ('restart' if runs[index] > 1 else None)
                if merge == 'continue':
                    text = ''
            cells.append(cell(text, c, merge=merge))
        table.append(row(cells))
    table.append('</w:tbl>')
    body += table
    width, height = (16838, 11906) if v['landscape'] else (11906, 16838)
    orient = ' w:orient="landscape"' if v['landscape'] else ''
    body.append(f'<w:p/><w:sectPr><w:pgSz w:w="{width}" w:h="{height}"{orient}/>'
                f'<w:pgMar w:top="907" w:right="794" w:bottom="907" w:left="794" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
                + ''.join(body) + '</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', types), ('_rels/.rels', rels), ('word/document.xml', document)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # fixed: byte-identical reruns
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# MARK: - The exported text form


def exported_text(pdf):
    """The list as a PDF viewer's "save as text" prints it (the form of Samples/kouquan-cooperative.txt):
    the cells in the order they are drawn (pdftotext -raw -bbox), a cell of one line sharing its
    printed line with the one-line cells beside it, a longer cell standing apart between blank lines."""
    xml = subprocess.run(['pdftotext', '-raw', '-bbox', '-enc', 'UTF-8', pdf, '-'], check=True,
                         capture_output=True).stdout.decode('utf-8')
    words = [(float(x0), float(y0), float(x1), float(y1), htmllib.unescape(t)) for x0, y0, x1, y1, t in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', xml)]
    cells = []  # each: {'x': left edge, 'lines': [[y0, y1, x1, text]]}
    for x0, y0, x1, y1, text in words:
        height = y1 - y0
        cell = cells[-1] if cells else None
        if cell:
            last = cell['lines'][-1]
            if abs(y0 - last[0]) < 0.3 * height and 0 <= x0 - last[2] + 1 < height:  # the same printed line goes on
                last[3] += (' ' if x0 - last[2] > 0.25 * height else '') + text
                last[2] = x1
                continue
            if abs(x0 - cell['x']) < 2 and 0 <= y0 - last[1] < 0.8 * height:  # the cell's next line
                cell['lines'].append([y0, y1, x1, text])
                continue
        cells.append({'x': x0, 'lines': [[y0, y1, x1, text]]})
    out, shared, shared_y = [], [], None
    for cell in cells:
        lines = cell['lines']
        if len(lines) == 1 and (shared_y is None or abs(lines[0][0] - shared_y) < 3):
            shared.append(lines[0][3])
            shared_y = lines[0][0]
            continue
        if shared:
            out += [' '.join(shared), '']
        shared, shared_y = [], None
        if len(lines) == 1:
            shared, shared_y = [lines[0][3]], lines[0][0]
            continue
        out += [line[3] for line in lines] + ['']
    if shared:
        out += [' '.join(shared), '']
    return '\n'.join(out)


# MARK: - Main


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for v in VARIANTS:
        if only and v['name'] not in only:
            continue
        headers, groups, rows = v['table']()
        stem = os.path.join(OUT, v['name'])
        renderings = [
            {'file': v['name'] + '.html', 'form': 'html'},
            {'file': v['name'] + '.docx', 'form': 'docx'},
            {'file': v['name'] + '.lo.pdf', 'form': 'pdf', 'producer': 'libreoffice'},
            {'file': v['name'] + '.chromium.pdf', 'form': 'pdf', 'producer': 'chromium'},
            {'file': v['name'] + '.raw.txt', 'form': 'text', 'producer': 'pdftotext -raw of the LibreOffice PDF'},
            {'file': v['name'] + '.layout.txt', 'form': 'text', 'producer': 'pdftotext -layout of the LibreOffice PDF'},
            {'file': v['name'] + '.export.txt', 'form': 'text', 'producer': 'exported text of the LibreOffice PDF'},
        ]
        truth = {
            'title': ''.join(v['title']), 'title_lines': v['title'], 'list_kind': v['kind'],
            'headers': headers, 'groups': groups,
            'sections': [{'printed': r['text'], 'level': r['level'], 'before_item': r['before']}
                         for r in rows if r['kind'] == 'section'],
            'typesetting': {k: v[k] for k in ('font', 'size', 'landscape', 'ruled', 'center', 'merge_category',
                                              'repeat', 'title_in_table')},
            'items': [r['truth'] for r in rows if r['kind'] == 'item'],
            'renderings': renderings,
        }
        # The truth first, from the data above; then the renderings.
        with open(stem + '.truth.json', 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write('\n')
        page = html_page(v, headers, groups, rows)
        with open(stem + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        docx_bytes_path(v, headers, groups, rows, stem + '.docx')
        soffice_pdf(stem + '.docx', stem + '.lo.pdf')
        chromium_pdf(page, stem + '.chromium.pdf', header_footer=False)
        with open(stem + '.raw.txt', 'w', encoding='utf-8') as f:
            f.write(pdftotext(stem + '.lo.pdf', 'raw'))
        with open(stem + '.layout.txt', 'w', encoding='utf-8') as f:
            f.write(pdftotext(stem + '.lo.pdf', 'layout'))
        with open(stem + '.export.txt', 'w', encoding='utf-8') as f:
            f.write(exported_text(stem + '.lo.pdf'))
        print(v['name'], 'items', len(truth['items']))


if __name__ == '__main__':
    sys.exit(main())
