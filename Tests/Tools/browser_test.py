#!/usr/bin/env python3
"""End-to-end test of `qingdan serve` in a real browser: Debian's headless chromium driven by
Selenium through Debian's chromedriver (no browser download).

As a clerk uses it: open the page, upload the sample PDF and see all its items, download the XLSX
and read it back, upload a bad file and read the Chinese message, check the PDF against its pages,
compare the two editions and see the changes; then browse a dataset of generated lists (数据集:
汇总, 按部门, 事项沿革, 两地比较) and download a report. The truths are independent of the server: the
reference cells read from the Word file (Tests/QingdanTests/Fixtures/*.cells.json), the page count
from poppler's `pdfinfo`, the sample's changes file (Samples/kouquan-cooperative-rev.changes.json),
and what the list generator (bench_lists.py dataset) says it put into each generated list.

    python3 browser_test.py --binary .build/debug/qingdan [--screenshots DIR]

Fails (exit 1) on any mismatch and when chromium, chromedriver or selenium is missing: never skips.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server_process import Server  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "Samples")
FIXTURES = os.path.join(ROOT, "Tests", "QingdanTests", "Fixtures")
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DATASET_LISTS = 12
KIND_NAMES = {"cooperative": "配合履职事项清单", "basic": "基本履职事项清单", "returned": "上级部门收回事项清单"}

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def xlsx_rows(path):
    """Rows of the first worksheet as lists of cell texts (shared strings or inline), by column letter."""
    with zipfile.ZipFile(path) as z:
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                strings.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
        rows = []
        for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["m"]):
            cells = {}
            for c in row.findall("m:c", ns):
                column = re.match(r"[A-Z]+", c.get("r")).group(0)
                kind, v = c.get("t"), c.find("m:v", ns)
                if kind == "s" and v is not None:
                    cells[column] = strings[int(v.text)]
                elif kind == "inlineStr":
                    cells[column] = "".join(t.text or "" for t in c.iter("{%s}t" % ns["m"]))
                else:
                    cells[column] = v.text if v is not None else ""
            width = max((ord(k[-1]) - 64 for k in cells), default=0)
            rows.append([cells.get(chr(65 + i), "") for i in range(width)])
        return rows


def wait_for_file(directory, suffix, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [f for f in os.listdir(directory) if f.endswith(suffix)]
        if done:
            return os.path.join(directory, done[0])
        time.sleep(0.2)
    return None


def table_rows(driver):
    """The dataset report's rows, as {column key: text}."""
    keys = None
    rows = []
    for tr in driver.find_elements(By.CSS_SELECTOR, "#dataset-result table.report tbody tr"):
        cells = tr.find_elements(By.TAG_NAME, "td")
        keys = keys or [c.get_attribute("class")[2:] for c in cells]
        rows.append(dict(zip(keys, [c.text for c in cells])))
    return rows


def submit(driver, wait):
    driver.find_element(By.ID, "query-run").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#dataset-result, #dataset-message"))


def choose(driver, element_id, value):
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def dataset_views(driver, wait, shot, truth, downloads, url):
    """数据集: the four views on the generated lists, each answer against the generator's truth."""
    driver.get(url)
    driver.find_element(By.ID, "tab-dataset").click()
    wait.until(lambda d: d.find_elements(By.ID, "dataset-intro"))
    items = sum(len(l["items"]) for l in truth)
    towns = {l["region"] for l in truth}
    intro = driver.find_element(By.ID, "dataset-intro").text
    check(f"{len(truth)} 份清单，{len(towns)} 个乡镇（街道），{items} 项事项" in intro, f"dataset intro: {intro}")
    check([a.text for a in driver.find_elements(By.CSS_SELECTOR, "#dataset-views a")] == ["按部门", "事项沿革", "两地比较", "汇总"],
          "views 按部门 / 事项沿革 / 两地比较 / 汇总")

    # 汇总 (the default view): items per list.
    counts = {}
    for row in table_rows(driver):
        key = (row["region"], row["kind"], row["edition"])
        counts[key] = counts.get(key, 0) + int(row["items"])
    expected = {(l["region"], KIND_NAMES[l["kind"]], l["edition"]): len(l["items"]) for l in truth}
    check(counts == expected, f"汇总: items of each of the {len(expected)} lists")
    shot("06-dataset-summary.png")

    # 按部门: 区民政局 is the department of every item a township added (the generator's topic:… items).
    driver.find_element(By.ID, "view-link-department").click()
    choose(driver, "q-department", "区民政局")
    submit(driver, wait)
    rows = table_rows(driver)
    shown = {(r["region"], r["edition"], r["name"]) for r in rows}
    added = {(l["region"], l["edition"], i["name"]) for l in truth if l["kind"] == "cooperative"
             for i in l["items"] if i["identity"].startswith("topic:")}
    check(added and added <= shown, f"按部门 区民政局: all {len(added)} added items of the cooperative lists among {len(shown)}")
    check(all(r["kind"] in KIND_NAMES.values() for r in rows), "按部门: kinds by their Chinese names")
    shot("07-dataset-department.png", 1100)

    # 事项沿革: an item the generator renamed in the first township's cooperative list.
    lists = sorted((l for l in truth if l["region"] == truth[0]["region"] and l["kind"] == "cooperative"), key=lambda l: l["edition"])
    renamed = None
    for old, new in zip(lists, lists[1:]):
        names = {i["identity"]: i["name"] for i in old["items"]}
        for item in new["items"]:
            if item["identity"] in names and names[item["identity"]] != item["name"]:
                renamed = (old["edition"], new["edition"], names[item["identity"]], item["name"])
                break
        if renamed:
            break
    check(renamed is not None, f"the generator renamed an item: {renamed}")
    if renamed:
        driver.find_element(By.ID, "view-link-history").click()
        driver.find_element(By.ID, "q-name").send_keys(renamed[2])
        choose(driver, "q-region", lists[0]["region"])
        submit(driver, wait)
        rows = [r for r in table_rows(driver) if r["kind"] == "配合履职事项清单"]
        step = [r for r in rows if r["edition"] == renamed[1] and r["field"] == "事项名称"]
        check(step and step[0]["detail"] == f"改写：{renamed[2]} → {renamed[3]}" and step[0]["change"].startswith("修改"),
              f"事项沿革: {renamed[2]} → {renamed[3]} in {renamed[1]} ({step[:1]})")
        shot("08-dataset-history.png")

    # 两地比较: the latest cooperative lists of the two townships, by the items' identities.
    a = max((l for l in truth if l["region"] == truth[0]["region"] and l["kind"] == "cooperative"), key=lambda l: l["edition"])
    b = max((l for l in truth if l["region"] != a["region"] and l["kind"] == "cooperative"), key=lambda l: l["edition"])
    only_a = [i["name"] for i in a["items"] if i["identity"] not in {j["identity"] for j in b["items"]}]
    only_b = [i["name"] for i in b["items"] if i["identity"] not in {j["identity"] for j in a["items"]}]
    driver.find_element(By.ID, "view-link-compare").click()
    choose(driver, "q-a", a["region"])
    choose(driver, "q-b", b["region"])
    choose(driver, "q-kind", "cooperative")
    submit(driver, wait)
    rows = table_rows(driver)
    check([r["name"] for r in rows if r["side"] == "仅 A 有"] == only_a, f"两地比较: only in {a['township']}: {only_a}")
    check([r["name"] for r in rows if r["side"] == "仅 B 有"] == only_b, f"两地比较: only in {b['township']}: {only_b}")
    shot("09-dataset-compare.png")

    driver.find_element(By.CSS_SELECTOR, "#dataset-result a[href*='format=xlsx']").click()
    sheet = wait_for_file(downloads, "compare.xlsx")
    if sheet:
        body = xlsx_rows(sheet)
        check(body[0][:2] == ["所属", "地区"] and len(body) == 1 + len(only_a) + len(only_b), f"两地比较 Excel: {len(body) - 1} rows")
    else:
        check(False, "两地比较 Excel downloaded")

    driver.find_element(By.ID, "lang-switch").click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "en")
    check(driver.find_element(By.CSS_SELECTOR, "#dataset-views a.active").text == "Two townships", "English switch keeps the dataset view")
    check([r["side"] for r in table_rows(driver)].count("only in A") == len(only_a), "the report in English")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--screenshots", help="write a PNG of each page here")
    args = parser.parse_args()
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            sys.exit(f"browser test: {tool} is missing (make deps installs chromium chromium-driver)")

    reference = json.load(open(os.path.join(FIXTURES, "kouquan-cooperative.cells.json"), encoding="utf-8"))
    changes = json.load(open(os.path.join(SAMPLES, "kouquan-cooperative-rev.changes.json"), encoding="utf-8"))
    pdf = os.path.join(SAMPLES, "kouquan-cooperative.pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    page_count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))

    work = tempfile.mkdtemp(prefix="qingdan-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    bad = os.path.join(work, "损坏的清单.pdf")
    with open(bad, "wb") as f:
        f.write(b"%PDF-1.7\n" + os.urandom(3000))

    # The dataset: two townships' generated lists (the first township's three kinds and three
    # editions, the second's cooperative list in three editions), built by the CLI under test.
    generated = os.path.join(work, "lists")
    truth_file = os.path.join(work, "truth.json")
    subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "Tools", "bench_lists.py"), "dataset",
                    os.path.join(SAMPLES, "kouquan-cooperative.txt"), generated, str(DATASET_LISTS), truth_file,
                    os.path.join(FIXTURES, "kouquan-cooperative.cells.json")], check=True)
    truth = json.load(open(truth_file, encoding="utf-8"))["lists"]
    database = os.path.join(work, "lists.sqlite")
    subprocess.run([args.binary, "dataset", "build", generated, "-o", database, "--jobs", "2"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    server = Server(args.binary, "--dataset", database)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1360,900", "--lang=zh-CN", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    wait = WebDriverWait(driver, 120)

    def shot(name, height=None):
        if not args.screenshots:
            return
        os.makedirs(args.screenshots, exist_ok=True)
        if height:
            driver.set_window_size(1360, height)
        path = os.path.join(args.screenshots, name)
        driver.save_screenshot(path)
        driver.set_window_size(1360, 900)
        print(f"     screenshot {path}")

    try:
        driver.get(server.url)
        check(driver.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "zh-CN", "page is Chinese")
        check([a.text for a in driver.find_elements(By.CSS_SELECTOR, "nav.tabs a")] == ["转换", "核对原件", "比较版本", "数据集"],
              "tabs 转换 / 核对原件 / 比较版本 / 数据集")
        shot("01-convert-empty.png")

        # 转换: the sample PDF, then a bad file.
        driver.find_element(By.ID, "convert-files").send_keys(pdf)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#convert-results .card .status.done, #convert-results .card .status.failed"))
        card = driver.find_element(By.CSS_SELECTOR, "#convert-results .card")
        rows = card.find_elements(By.CSS_SELECTOR, "table.list tbody tr.item")
        numbers = [int(r.get_attribute("data-number")) for r in rows]
        check(numbers == [row["number"] for row in reference["rows"]], f"all {len(reference['rows'])} items shown ({len(rows)})")
        names = [r.find_element(By.CSS_SELECTOR, "td.c-name").text for r in rows[:5]]
        check(names == [row["cells"][2].rstrip("。") for row in reference["rows"][:5]], "item names as printed")
        headings = card.find_elements(By.CSS_SELECTOR, "td.c-superior-duties .heading")
        check(len(headings) > 0, f"department headings shown in the duty cells ({len(headings)})")
        check(len(card.find_elements(By.CSS_SELECTOR, "p.clause .label")) > 100, "numbered clauses shown")
        findings = card.find_elements(By.CSS_SELECTOR, "tr.item-findings li")
        check(len(findings) > 0 and all(f.find_element(By.CSS_SELECTOR, ".sev").text in ("错误", "警告", "提示") for f in findings),
              f"findings beside their items with Chinese severities ({len(findings)})")
        driver.execute_script("window.scrollTo(0, 0)")
        shot("02-convert-result.png", 1300)
        driver.execute_script("document.querySelector('#convert-results tr.item-findings').scrollIntoView({block: 'center'})")
        shot("02b-convert-findings.png")

        card.find_element(By.CSS_SELECTOR, "a[data-name$='.xlsx']").click()
        xlsx = wait_for_file(downloads, ".xlsx")
        check(xlsx is not None and os.path.basename(xlsx) == "kouquan-cooperative.xlsx", "XLSX downloaded under the file's own name")
        if xlsx:
            sheet = xlsx_rows(xlsx)
            check(sheet[0] == reference["headers"], "XLSX header row is the printed headers")
            body = sheet[1:]
            check(len(body) == len(reference["rows"]), f"XLSX has {len(body)} item rows")
            same = sum(1 for got, want in zip(body, reference["rows"]) if got == want["cells"])
            check(same == len(reference["rows"]), f"XLSX rows equal the reference cells ({same}/{len(reference['rows'])})")

        driver.find_element(By.ID, "convert-files").send_keys(bad)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#convert-results .card")) == 2 and
                   d.find_elements(By.CSS_SELECTOR, "#convert-results .card:nth-of-type(2) .status.failed"))
        message = driver.find_element(By.CSS_SELECTOR, "#convert-results .card:nth-of-type(2) p.message").text
        check(message.startswith("无法读取「损坏的清单.pdf」"), f"bad file gets a Chinese message: {message.splitlines()[0]!r}")

        driver.find_element(By.ID, "download-all").click()
        archive = wait_for_file(downloads, ".zip")
        if archive:
            with zipfile.ZipFile(archive) as z:
                check(z.testzip() is None and sorted(z.namelist()) == sorted(
                    ["kouquan-cooperative." + s for s in ("xlsx", "csv", "clauses.csv", "json", "md")]),
                    f"ZIP of all downloads: {sorted(z.namelist())}")
                check(json.loads(z.read("kouquan-cooperative.json"))["items"][99]["number"] == 100, "ZIP's JSON reads back")
        else:
            check(False, "ZIP downloaded")

        # 核对原件: every page with its grid beside its items.
        driver.find_element(By.ID, "tab-check").click()
        driver.find_element(By.ID, "check-file").send_keys(pdf)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#check-results .status.done, #check-results .status.failed"))
        pages = driver.find_elements(By.CSS_SELECTOR, "#check-results section.page")
        check(len(pages) == page_count, f"check view shows all {page_count} pages ({len(pages)})")
        check(len(pages) > 1 and pages[1].find_elements(By.CSS_SELECTOR, "tr.item"), "page 2 lists its items")
        driver.execute_script("document.querySelector('#check-results section.page:nth-of-type(2)').scrollIntoView()")
        time.sleep(0.5)
        shot("03-check.png", 1100)

        # 比较版本: the two editions.
        driver.find_element(By.ID, "tab-compare").click()
        driver.find_element(By.ID, "compare-old").send_keys(pdf)
        driver.find_element(By.ID, "compare-new").send_keys(os.path.join(SAMPLES, "kouquan-cooperative-rev.pdf"))
        driver.find_element(By.ID, "compare-run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#compare-results .status.done, #compare-results .status.failed"))
        frame = driver.find_element(By.CSS_SELECTOR, "#compare-results iframe.report")
        time.sleep(0.5)
        shot("04-compare.png", 1300)
        driver.execute_script("""const f = document.querySelector('#compare-results iframe.report');
            const m = f.contentDocument.getElementById('modified');
            window.scrollTo(0, f.getBoundingClientRect().top + scrollY + m.offsetTop - 20);""")
        shot("05-compare-modified.png")
        driver.switch_to.frame(frame)
        removed = [r.find_elements(By.TAG_NAME, "td")[1].text for r in driver.find_elements(By.CSS_SELECTOR, "tr.removed")]
        added = [r.find_elements(By.TAG_NAME, "td")[1].text for r in driver.find_elements(By.CSS_SELECTOR, "tr.added")]
        modified = [s.find_element(By.TAG_NAME, "h3").text for s in driver.find_elements(By.CSS_SELECTOR, "section.item")]
        driver.switch_to.default_content()
        check(removed == [c["name"] for c in changes["removed"]], f"removed: {removed}")
        check(added == [c["name"] for c in changes["added"]], f"added: {added}")
        check(len(modified) == len(changes["modified"]) and all(c["new_name"] in h for c, h in zip(changes["modified"], modified)),
              f"modified: {modified}")
        total = len(removed) + len(added) + len(modified)
        check(total == 6, f"six changes seen ({total})")

        # English switch keeps the view.
        driver.find_element(By.ID, "lang-switch").click()
        wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "en")
        check(driver.find_element(By.CSS_SELECTOR, "nav.tabs a.active").text == "Compare editions", "English switch keeps the view")

        dataset_views(driver, wait, shot, truth, downloads, server.url)
    finally:
        driver.quit()
        status = server.stop()
    check(status == 0, f"server stops cleanly on SIGTERM (exit {status})")
    if failures:
        print(f"browser test: {len(failures)} failed")
        sys.exit(1)
    print("browser test: all passed")


if __name__ == "__main__":
    main()
