#!/usr/bin/env python3
"""Writes PDF fixtures of the sample list printed by other producers than LibreOffice, into
Tests/QingdanTests/Fixtures/pdf/, each with `NAME.expected.json`: the reference cells
(Fixtures/kouquan-cooperative.cells.json) of the items it prints.

A handful of the sample web page's rows (Samples/kouquan-cooperative.html) are printed, chosen so
that long rows break across pages: the whole page would be 3 MB, since Chromium embeds the font
subset of all of it.

- chromium-letter: `chromium --print-to-pdf` as it comes (letter portrait, date, title, URL and
  page number printed around the page, header row on the first page only). Chromium leaves a
  row broken by a page break open (no rule at the break), prints the 序号 and short cells
  vertically centred on one part only, and reports glyph boxes taller than the line pitch.
- chromium-a5-spaced: A5 pages, `cellspacing="2"` without collapsed borders (every cell drawn
  apart in light grey "inset" lines, the narrow 序号 column only about two ems wide), the
  header row repeated on each page, no header and footer lines. Item 49 runs over pages 8 to 10
  with no rule across at the breaks; page 7 ends with the table's frame running on, empty, below
  item 48.
- chromium-shaded: the header row shaded grey (#bfbfbf, as Word's "grey 25%") and every other
  row light grey: dark rules next to a grey fill.

Needs chromium and the sample's fonts. Run from the package root:
    python3 Tests/Tools/make_producer_fixtures.py
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from fixture_render import chromium_pdf  # noqa: E402

OUT = os.path.join('Tests', 'QingdanTests', 'Fixtures', 'pdf')
ITEMS = [1, 2, 3, 4, 11, 12, 13, 48, 49, 50, 51]


def html_with_items(items, *, css='', spaced=False, repeat_header=False):
    page = open(os.path.join('Samples', 'kouquan-cooperative.html'), encoding='utf-8').read()
    start = page.index('<tr>')
    end = page.rindex('</tr>') + len('</tr>')
    rows = re.findall(r'<tr>.*?</tr>', page[start:end], flags=re.S)
    header, body = rows[0], rows[1:]
    kept = [row for row in body if int(re.match(r'<tr><td>(\d+)</td>', row).group(1)) in items]
    table = ('<thead>' + header + '</thead><tbody>' + ''.join(kept) + '</tbody>') if repeat_header \
        else header + ''.join(kept)
    page = page[:start] + table + page[end:]
    if spaced:
        page = re.sub(r'<table[^>]*>', '<table border="1" cellspacing="2" cellpadding="4">', page, count=1)
    if css:
        page = page.replace('</head>', '<style>' + css + '</style></head>', 1)
    return page


def print_pdf(name, html, *, header_footer=True):
    chromium_pdf(html, os.path.join(OUT, name + '.pdf'), header_footer=header_footer, name='kouquan-cooperative.html')


def expected(name, items):
    reference = json.load(open(os.path.join('Tests', 'QingdanTests', 'Fixtures', 'kouquan-cooperative.cells.json')))
    rows = [row for row in reference['rows'] if int(row['cells'][0]) in items]
    with open(os.path.join(OUT, name + '.expected.json'), 'w') as f:
        json.dump({'title': reference['title'], 'headers': reference['headers'],
                   'rows': [{'cells': row['cells']} for row in rows]}, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    print_pdf('chromium-letter', html_with_items(ITEMS))
    expected('chromium-letter', ITEMS)
    print_pdf('chromium-a5-spaced',
              html_with_items(ITEMS, css='@page { size: A5; }', spaced=True, repeat_header=True),
              header_footer=False)
    expected('chromium-a5-spaced', ITEMS)
    shaded = [1, 2, 3, 4, 5, 6]
    print_pdf('chromium-shaded',
              html_with_items(shaded, css='tr:first-child td { background: #bfbfbf; } '
                                          'tr:nth-child(even) td { background: #e0e0e0; }'),
              header_footer=False)
    expected('chromium-shaded', shaded)


if __name__ == '__main__':
    sys.exit(main())
