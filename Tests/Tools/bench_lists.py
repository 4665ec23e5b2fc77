#!/usr/bin/env python3
"""Makes large lists for `make bench` by repeating the sample's rows and renumbering them.

    bench_lists.py layout SRC.layout.txt DST COPIES   pdftotext -layout text, pages kept
    bench_lists.py flow   SRC.txt        DST COPIES   flowing text
    bench_lists.py docx   SRC.docx       DST COPIES [FIRST]  Word file (LibreOffice makes the PDF);
                                                       copies FIRST… (to make a long list in parts)
    bench_lists.py dataset SRC.txt       DSTDIR LISTS  LISTS flow-text lists for the dataset bench:
                                                       three kinds × three editions per township

Copy k (0-based) numbers its rows n + k * R, where R is the sample's last row number, so every
copy continues the list. Only the first copy keeps the title line.
"""
import re
import sys
import zipfile

NUMBER = re.compile(r"^( *)(\d+)( +)(?=\S)")


def layout(src, dst, copies):
    """Pages are kept as printed. Every line gets two leading spaces so that four-digit numbers
    fit in the 序号 column without moving the columns to their right."""
    text = open(src, encoding="utf-8").read()
    pages = text.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()
    last = max(int(m.group(2)) for line in text.splitlines() if (m := NUMBER.match(line)))
    out = []
    for k in range(copies):
        for p, page in enumerate(pages):
            lines = page.split("\n")
            if k > 0 and p == 0:
                # Drop the title (the first printed line above the header).
                first = next(i for i, line in enumerate(lines) if line.strip())
                lines = lines[first + 1:]
            shifted = []
            for line in lines:
                line = "  " + line if line.strip() else line
                m = NUMBER.match(line)
                if m and not m.group(1).strip() and len(m.group(1)) == 2:
                    width = len(m.group(0))
                    number = str(int(m.group(2)) + k * last)
                    line = number.ljust(max(width, len(number) + 2)) + line[width:]
                shifted.append(line)
            out.append("\n".join(shifted))
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\f".join(out) + "\f")


def flow(src, dst, copies):
    """Row numbers are the numbers opening a line that continue the sequence 1, 2, 3, …"""
    lines = open(src, encoding="utf-8").read().split("\n")
    rows = []
    expected_max = 0
    # A number may follow the single space pdftotext puts before a page's first line (" 100 …").
    for i, line in enumerate(lines):
        m = re.match(r"^ ?(\d+)(?= |$)", line)
        if m and int(m.group(1)) > expected_max:
            expected_max = int(m.group(1))
            rows.append(i)
    title = next(i for i, line in enumerate(lines) if line.strip())
    out = []
    for k in range(copies):
        for i, line in enumerate(lines):
            if k > 0 and i == title:
                continue
            if i in rows:
                m = re.match(r"^( ?)(\d+)", line)
                line = m.group(1) + str(int(m.group(2)) + k * expected_max) + line[m.end():]
            out.append(line)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def docx(src, dst, copies, first=0):
    """Repeats the table's numbered rows (a row whose first cell is a number)."""
    with zipfile.ZipFile(src) as z:
        document = z.read("word/document.xml").decode("utf-8")
        rest = [(info, z.read(info.filename)) for info in z.infolist() if info.filename != "word/document.xml"]
    rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", document, re.S))
    first_text = re.compile(r"(<w:tc>.*?<w:t(?: [^>]*)?>)(\d+)(</w:t>)", re.S)

    def number(row):
        m = first_text.search(row)
        # The number must be the first cell's text.
        if m and "</w:tc>" not in m.group(1):
            return m
        return None

    numbered = [r for r in rows if number(r.group(0))]
    last = max(int(number(r.group(0)).group(2)) for r in numbered)
    start, end = numbered[0].start(), numbered[-1].end()
    block = document[start:end]
    copies_xml = []
    for k in range(first, first + copies):
        def renumber(row):
            text = row.group(0)
            m = number(text)
            if not m:
                return text
            return text[:m.start(2)] + str(int(m.group(2)) + k * last) + text[m.end(2):]
        copies_xml.append(re.sub(r"<w:tr[ >].*?</w:tr>", renumber, block, flags=re.S))
    document = document[:start] + "".join(copies_xml) + document[end:]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in rest:
            z.writestr(info, data)
        z.writestr("word/document.xml", document)




# Township names for the dataset bench: two syllables and an ending, all distinct.
SYLLABLES = "东南西北上下前后新老大小金银石云青红白黄"
ENDINGS = ["乡", "镇", "街道"]
KINDS = ["配合履职事项清单", "基本履职事项清单", "上级部门收回事项清单"]
EDITIONS = [2024, 2025, 2026]


def dataset(src, dstdir, lists):
    """Each township has three kinds of list and three editions of each (the year in the title:
    大同市云冈区东南乡配合履职事项清单（2025年版）); the table is the sample's."""
    import os
    text = open(src, encoding="utf-8").read()
    title = "大同市云冈区口泉乡配合履职事项清单"
    assert title in text, "the sample's title is not in " + src
    os.makedirs(dstdir, exist_ok=True)
    for i in range(lists):
        town = i // 9
        a, b = divmod(town, len(SYLLABLES))
        name = SYLLABLES[a % len(SYLLABLES)] + SYLLABLES[b] + ENDINGS[(town // (len(SYLLABLES) ** 2)) % 3]
        kind = KINDS[(i // 3) % 3]
        edition = EDITIONS[i % 3]
        new_title = "大同市云冈区%s%s（%d年版）" % (name, kind, edition)
        with open(os.path.join(dstdir, "list-%04d.txt" % i), "w", encoding="utf-8") as f:
            f.write(text.replace(title, new_title, 1))


if __name__ == "__main__":
    kind, src, dst, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if kind == "docx":
        docx(src, dst, copies, int(sys.argv[5]) if len(sys.argv) > 5 else 0)
    else:
        {"layout": layout, "flow": flow, "dataset": dataset}[kind](src, dst, copies)
