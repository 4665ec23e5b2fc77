#!/usr/bin/env python3
"""Makes large lists for `make bench` by repeating the sample's rows and renumbering them.

    bench_lists.py layout SRC.layout.txt DST COPIES   pdftotext -layout text, pages kept
    bench_lists.py flow   SRC.txt        DST COPIES   flowing text
    bench_lists.py docx   SRC.docx       DST COPIES [FIRST]  Word file (LibreOffice makes the PDF);
                                                       copies FIRST… (to make a long list in parts)
    bench_lists.py dataset SRC.txt       DSTDIR LISTS [TRUTH.json NAMES.cells.json]
                                                       LISTS flow-text lists for the dataset bench and
                                                       the browser test: three kinds × three editions
                                                       per township, varied; TRUTH: what each holds

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
# Rows the bench's queries name stay in every list (志愿者服务工作, 区发展改革和科技局 …).
KEPT = ("志愿者服务工作", "区发展改革和科技局", "区市场监督管理局")
ROW = re.compile(r"^( ?)(\d+)(?= |$)")  # pdftotext puts a space before some numbers:  22 乡村振兴


def township_name(town):
    a, b = divmod(town, len(SYLLABLES))
    return SYLLABLES[a % len(SYLLABLES)] + SYLLABLES[b] + ENDINGS[(town // (len(SYLLABLES) ** 2)) % 3]


def row_blocks(text):
    """The lines above the first row, then each row's lines (a row opens with the next number)."""
    lines = text.split("\n")
    head, rows, expected = [], [], 0
    for line in lines:
        m = ROW.match(line)
        if m and int(m.group(2)) == expected + 1:
            expected += 1
            rows.append([line])
        elif rows:
            rows[-1].append(line)
        else:
            head.append(line)
    return head, rows


# The flow text wraps every column at its own width (名称 10 characters, the duty cells 20 and
# more), and the reader tells the columns apart by those widths: an edit keeps each line's length.
RENAMES = [("工作", "事务"), ("管理", "监管"), ("服务", "保障"), ("检查", "核查")]
REWORDS = [("负责", "承担"), ("开展", "组织"), ("配合", "协助"), ("做好", "抓好")]


def substituted(line, pairs):
    for old, new in pairs:
        if old in line:
            return line.replace(old, new, 1)
    return None


def renamed(block):
    """The name printed on the row's first line (序号 类别 名称 …) reworded; None when the name
    is on lines of its own or has none of the words."""
    indent = block[0][:len(block[0]) - len(block[0].lstrip(" "))]
    parts = block[0].lstrip(" ").split(" ")
    if len(parts) < 3 or not (name := substituted(parts[2], RENAMES)):
        return None
    parts[2] = name
    return [indent + " ".join(parts)] + block[1:]


def reworded(block, rng):
    """One numbered clause (a line opening with 1. 2. …) reworded."""
    lines = [i for i, line in enumerate(block) if re.match(r"^\d+\.\S", line) and substituted(line, REWORDS)]
    if not lines:
        return None
    i = rng.choice(lines)
    return block[:i] + [substituted(block[i], REWORDS)] + block[i + 1:]


# Duties a township's list may add (at most eight characters: the name column is ten wide).
TOPICS = ["老年助餐点运营", "河道日常保洁", "公益性岗位管理", "集体经济审计", "农村厕所管护", "留守儿童关爱",
          "村级档案整理", "乡村道路养护", "秸秆综合利用", "小型水库巡查", "农家书屋管理", "村务监督公开",
          "殡葬改革宣传", "电动车充电管理", "燃气入户巡检", "防溺水宣传", "古树名木保护", "邻里纠纷调处",
          "高龄津贴发放", "困境儿童排查", "农机安全检查", "垃圾分类督导", "消防通道清理", "旱厕改造验收"]


def new_row(rng, taken):
    """An item of a township's own: a duty from TOPICS not yet in the list, laid out as most of
    the sample's rows are: 序号 and 类别, the name, the department, the two duty cells."""
    topic = rng.choice([t for t in TOPICS if t not in taken])
    return {"identity": "topic:" + topic, "name": topic, "block": [
        "0 民生服务", "%s。" % topic, "", "区民政局", "1.负责%s工作的统筹。" % topic, "",
        "1.配合开展%s工作。" % topic, "2.按要求报送%s情况。" % topic, ""]}


def renumbered(rows):
    out = []
    for n, block in enumerate(rows, 1):
        out.append([ROW.sub(lambda m: m.group(1) + str(n), block[0], count=1)] + block[1:])
    return out


def dataset(src, dstdir, lists, truth=None, names=None):
    """Each township has three kinds of list and three editions of each (the year in the title:
    大同市云冈区东南乡配合履职事项清单（2025年版）). The table is the sample's, varied so that the
    dataset's matching does real work (seeded, so the same LISTS gives the same files):
    - each township's lists lack a few of the sample's rows and have items of their own;
    - each later edition renames two items, rewords a clause of two others, drops one or two
      items and adds one (and every row is renumbered).
    With `truth`, writes there what each list holds (as generated, not as read back): its items in order,
    each with its identity (row:N for the sample's row N, topic:… for an added item; the same
    across editions whatever its number or wording) and its name, the sample's names read from
    `names` (the reference cells of the sample, Tests/QingdanTests/Fixtures/*.cells.json)."""
    import json
    import os
    import random
    text = open(src, encoding="utf-8").read()
    title = "大同市云冈区口泉乡配合履职事项清单"
    assert title in text, "the sample's title is not in " + src
    head, rows = row_blocks(text)
    reference = {}
    if names:
        reference = {r["number"]: r["cells"][2].rstrip("。") for r in json.load(open(names, encoding="utf-8"))["rows"]}
    kept = {i for i, block in enumerate(rows) if any(k in line for line in block for k in KEPT)}
    os.makedirs(dstdir, exist_ok=True)
    written, held = 0, []
    for town in range((lists + 8) // 9):
        name = township_name(town)
        for k, kind in enumerate(KINDS):
            rng = random.Random(town * 3 + k)
            removable = [i for i in range(len(rows)) if i not in kept]
            dropped = set(rng.sample(removable, rng.randint(1, 5)))
            current = [{"identity": "row:%d" % (i + 1), "name": reference.get(i + 1, ""), "block": b}
                       for i, b in enumerate(rows) if i not in dropped]
            for _ in range(rng.randint(1, 2)):
                current.append(new_row(rng, {c["name"] for c in current}))
            for e, edition in enumerate(EDITIONS):
                if e > 0:
                    for _ in range(2):
                        item = rng.choice([c for c in current if renamed(c["block"])])
                        item["block"] = renamed(item["block"])
                        item["name"] = substituted(item["name"], RENAMES) or item["name"]
                        item = rng.choice([c for c in current if reworded(c["block"], rng)])
                        item["block"] = reworded(item["block"], rng)
                    for _ in range(rng.randint(1, 2)):
                        candidates = [i for i, c in enumerate(current) if not any(x in line for line in c["block"] for x in KEPT)]
                        del current[rng.choice(candidates)]
                    current.insert(rng.randrange(len(current) + 1), new_row(rng, {c["name"] for c in current}))
                if written == lists:
                    break
                file = "list-%04d.txt" % written
                held.append({"file": file, "township": name, "region": "大同市云冈区" + name, "kind": ["cooperative", "basic", "returned"][k],
                             "edition": str(edition), "items": [{"identity": c["identity"], "name": c["name"]} for c in current]})
                out = "\n".join(head + [line for block in renumbered([c["block"] for c in current]) for line in block])
                new_title = "大同市云冈区%s%s（%d年版）" % (name, kind, edition)
                with open(os.path.join(dstdir, file), "w", encoding="utf-8") as f:
                    f.write(out.replace(title, new_title, 1))
                written += 1
    if truth:
        with open(truth, "w", encoding="utf-8") as f:
            json.dump({"lists": held}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    kind, src, dst, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if kind == "dataset":
        dataset(src, dst, copies, *sys.argv[5:7])
    elif kind == "docx":
        docx(src, dst, copies, int(sys.argv[5]) if len(sys.argv) > 5 else 0)
    else:
        {"layout": layout, "flow": flow, "dataset": dataset}[kind](src, dst, copies)
