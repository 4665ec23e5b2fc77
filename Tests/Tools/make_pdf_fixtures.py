#!/usr/bin/env python3
"""Writes the small PDF fixtures of Tests/QingdanTests/Fixtures/pdf/ and, next to each, the cells
typed here as `NAME.expected.json` (title, headers, rows) — the values the PDF reader must recover.

Each table is written as DOCX with python-docx and typeset by LibreOffice, the way the published
lists are made. Needs: `pip install python-docx`, LibreOffice (`soffice`), qpdf, pdftoppm.
Run from the package root:  python3 Tests/Tools/make_pdf_fixtures.py
The PDFs are committed, so the tests need none of these tools.
"""
import json, os, shutil, subprocess, sys, tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, os.path.dirname(__file__))
from fixture_render import soffice_pdf  # noqa: E402

OUT = os.path.join('Tests', 'QingdanTests', 'Fixtures', 'pdf')
FONT = 'WenQuanYi Micro Hei'

DEPARTMENTS = ['区民政局', '区农业农村局', '区自然资源局', '区应急管理局', '区水务局', '市公安局云冈分局']
CATEGORIES = ['党的建设', '经济发展', '民生服务', '平安法治', '乡村振兴', '生态环保']


def duties(seed, count, verb):
    """`count` numbered clauses of varying length, deterministic in `seed`."""
    lines = []
    for i in range(count):
        body = '开展辖区内' + '重点区域和重点人群的排查、登记、上报' * (1 + (seed + i) % 3)
        if (seed + i) % 4 == 0:
            body += '，对3层及以上、A级场所每24小时巡查一次'
        lines.append(f'{i + 1}.{verb}{body}工作。')
    return '\n'.join(lines)


def rows_for(count, run_lengths, long_every):
    """Table rows: number, category (runs of `run_lengths`), name, department, two duty cells."""
    rows, category_of = [], []
    for index, run in enumerate(run_lengths):
        category_of += [CATEGORIES[index % len(CATEGORIES)]] * run
    for n in range(1, count + 1):
        long = n % long_every == 0
        rows.append([
            str(n),
            category_of[n - 1],
            f'第{n}项配合事项的名称。',
            DEPARTMENTS[n % len(DEPARTMENTS)] + ('\n' + DEPARTMENTS[(n + 1) % len(DEPARTMENTS)] if n % 3 == 0 else ''),
            duties(n, 5 if long else 1 + n % 2, '负责'),
            duties(n + 1, 4 if long else 1 + (n + 1) % 2, '配合'),
        ])
    return rows


def set_cell_text(cell, text):
    paragraphs = text.split('\n')
    cell.paragraphs[0].text = paragraphs[0]
    for p in paragraphs[1:]:
        cell.add_paragraph(p)


def valign(cell, value):
    tc_pr = cell._tc.get_or_add_tcPr()
    v = OxmlElement('w:vAlign')
    v.set(qn('w:val'), value)
    tc_pr.append(v)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    tr_pr.append(h)


def document(landscape):
    doc = Document()
    style = doc.styles['Normal']
    style.font.name = FONT
    style.font.size = Pt(9)
    style.element.rPr.rFonts.set(qn('w:eastAsia'), FONT)
    section = doc.sections[0]
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(section, side, Cm(2))
    return doc


def cant_split(row):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement('w:cantSplit'))


def table_document(title, headers, rows, *, landscape, repeat, merge_column, center, widths, ruled=True,
                   whole_rows=False):
    doc = document(landscape)
    heading = doc.add_paragraph()
    run = heading.add_run(title)
    run.font.size = Pt(15)
    run.bold = True
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    if ruled:
        table.style = 'Table Grid'
    table.autofit = False
    for i, width in enumerate(widths):
        table._tbl.tblGrid.findall(qn('w:gridCol'))[i].set(qn('w:w'), str(int(width * 567)))
        for cell in table.columns[i].cells:
            cell.width = Cm(width)
    for i, h in enumerate(headers):
        set_cell_text(table.rows[0].cells[i], h)
    if repeat:
        repeat_header(table.rows[0])
    for r, row in enumerate(rows, start=1):
        if whole_rows:
            cant_split(table.rows[r])
        for c, text in enumerate(row):
            if c == merge_column and r > 1 and rows[r - 2][c] == text:
                continue
            set_cell_text(table.rows[r].cells[c], text)
            if center:
                valign(table.rows[r].cells[c], 'center')
    if merge_column is not None:
        start = 1
        for r in range(2, len(rows) + 2):
            if r == len(rows) + 1 or rows[r - 1][merge_column] != rows[start - 1][merge_column]:
                if r - 1 > start:
                    table.cell(start, merge_column).merge(table.cell(r - 1, merge_column))
                    # merge() joins the paragraphs of all merged cells: keep the first cell's text.
                    set_cell_text_only(table.cell(start, merge_column), rows[start - 1][merge_column])
                    valign(table.cell(start, merge_column), 'center')
                start = r
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = '第 1 页'
    return doc


def set_cell_text_only(cell, text):
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell.paragraphs[0].text = text


def to_pdf(doc, name, tmp):
    docx = os.path.join(tmp, name + '.docx')
    doc.save(docx)
    soffice_pdf(docx, os.path.join(OUT, name + '.pdf'))


def expected(name, title, headers, rows):
    with open(os.path.join(OUT, name + '.expected.json'), 'w') as f:
        json.dump({'title': title, 'headers': headers, 'rows': [{'cells': r} for r in rows]},
                  f, ensure_ascii=False, indent=1)
        f.write('\n')


def sample_in_portrait(tmp):
    """The sample's own DOCX typeset again in portrait, justified, with the header row on the first
    page only and the fonts of this machine: other widths, line breaks, character spacing and page
    breaks, but the same cells (Fixtures/kouquan-cooperative.cells.json)."""
    import re, zipfile
    source = zipfile.ZipFile(os.path.join('Samples', 'kouquan-cooperative.docx'))
    target_path = os.path.join(tmp, 'kouquan-portrait.docx')
    target = zipfile.ZipFile(target_path, 'w', zipfile.ZIP_DEFLATED)
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode()
            width, height = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="landscape"/>', xml).groups()
            xml = xml.replace(f'<w:pgSz w:w="{width}" w:h="{height}" w:orient="landscape"/>',
                              f'<w:pgSz w:w="{height}" w:h="{width}"/>')
            columns = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml)]
            margins = re.search(r'w:right="(\d+)"[^>]*w:left="(\d+)"', xml).groups()
            available = int(height) - sum(int(m) for m in margins)
            # 序号 and 事项类别 keep their widths; the text columns shrink to fit.
            scale = (available - columns[0] - columns[1]) / sum(columns[2:])
            for old in columns[2:]:
                new = int(old * scale)
                xml = xml.replace(f'<w:gridCol w:w="{old}"/>', f'<w:gridCol w:w="{new}"/>', 1)
                xml = xml.replace(f'<w:tcW w:type="dxa" w:w="{old}"/>', f'<w:tcW w:type="dxa" w:w="{new}"/>')
            xml = re.sub(r'<w:jc w:val="[a-z]+"/>', '', xml)
            xml = xml.replace('<w:pPr>', '<w:pPr><w:jc w:val="both"/>')
            xml = xml.replace('<w:p>', '<w:p><w:pPr><w:jc w:val="both"/></w:pPr>')
            xml = re.sub(r'<w:tblHeader[^>]*/>', '', xml)
            data = xml.encode()
        target.writestr(item, data)
    target.close()
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, target_path],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'kouquan-portrait.pdf'), os.path.join(OUT, 'kouquan-portrait.pdf'))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp()
    sample_in_portrait(tmp)
    headers = ['序号', '事项类别', '事项名称', '对应上级部门', '上级部门职责', '乡镇配合职责']

    # Landscape, header row repeated on each page, 事项类别 merged over runs of rows (vertically
    # centred), rows long enough to break across pages.
    title = '示例区示例镇配合履职事项清单'
    rows = rows_for(16, [3, 4, 2, 5, 2], long_every=4)
    to_pdf(table_document(title, headers, rows, landscape=True, repeat=True, merge_column=1, center=False,
                          widths=[1.2, 2.0, 3.5, 3.5, 8.5, 7.0]), 'merged-category', tmp)
    expected('merged-category', title, headers, rows)

    # Rows that may not break across pages, so page breaks fall between rows inside the runs of
    # the merged 事项类别 cells.
    title = '示例区示例乡配合履职事项清单'
    rows = rows_for(18, [5, 6, 7], long_every=3)
    to_pdf(table_document(title, headers, rows, landscape=True, repeat=True, merge_column=1, center=True,
                          widths=[1.2, 2.0, 3.5, 3.5, 8.5, 7.0], whole_rows=True), 'merged-whole-rows', tmp)
    expected('merged-whole-rows', title, headers, rows)

    # Portrait, header only on the first page, every cell vertically centred.
    title = '示例街道履行职责事项清单'
    rows = rows_for(12, [12], long_every=3)
    to_pdf(table_document(title, headers, rows, landscape=False, repeat=False, merge_column=None, center=True,
                          widths=[1.0, 1.6, 2.4, 2.8, 5.0, 4.2]), 'portrait-first-header', tmp)
    expected('portrait-first-header', title, headers, rows)

    # The same kind of list printed without any ruling lines.
    title = '示例镇履职事项清单（无框线）'
    rows = rows_for(9, [9], long_every=4)
    to_pdf(table_document(title, headers, rows, landscape=True, repeat=True, merge_column=None, center=False,
                          widths=[1.2, 2.0, 3.5, 3.5, 8.5, 7.0], ruled=False), 'unruled', tmp)
    expected('unruled', title, headers, rows)

    # A document without a table.
    doc = document(landscape=False)
    doc.add_paragraph('示例镇关于做好配合履职工作的通知')
    doc.add_paragraph('各村（社区）：请按照清单做好配合履职工作。')
    to_pdf(doc, 'no-table', tmp)

    # The portrait list encrypted (user password "secret").
    subprocess.run(['qpdf', '--encrypt', 'secret', 'owner', '256', '--',
                    os.path.join(OUT, 'portrait-first-header.pdf'), os.path.join(OUT, 'encrypted.pdf')], check=True)

    # A scan: the first page of the portrait list as a picture only.
    subprocess.run(['pdftoppm', '-r', '50', '-png', '-singlefile', os.path.join(OUT, 'portrait-first-header.pdf'),
                    os.path.join(tmp, 'scan')], check=True)
    doc = document(landscape=False)
    doc.add_picture(os.path.join(tmp, 'scan.png'), width=Cm(16))
    to_pdf(doc, 'scanned', tmp)

    # A short list followed by a scanned page (a stamped signature page, say).
    title = '示例镇配合履职事项清单（附签章页）'
    rows = rows_for(3, [3], long_every=9)
    doc = table_document(title, headers, rows, landscape=False, repeat=True, merge_column=None, center=False,
                         widths=[1.0, 1.6, 2.4, 2.8, 5.0, 4.2])
    doc.sections[0].footer.paragraphs[0].text = ''
    doc.add_page_break()
    doc.add_picture(os.path.join(tmp, 'scan.png'), width=Cm(16))
    to_pdf(doc, 'scan-appendix', tmp)
    expected('scan-appendix', title, headers, rows)
    shutil.rmtree(tmp)


if __name__ == '__main__':
    sys.exit(main())
