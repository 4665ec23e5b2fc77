#!/usr/bin/env python3
"""Prints, for every shape fixture rendering (Tests/QingdanTests/Fixtures/shapes), how many items
`qingdan convert` gets exactly right against the generator's truth and whether it reports an error
finding — the table the issue-9 commits quote. Same comparison as ShapeFixtureTests.
Usage: python3 Tests/Tools/shape_report.py [.build/debug/qingdan] [-v]"""
import json, os, subprocess, sys, tempfile

DIR = os.path.join('Tests', 'QingdanTests', 'Fixtures', 'shapes')
KEYS = ['number', 'category', 'subcategory', 'name', 'departments', 'superior_duties', 'township_duties', 'content', 'cells']


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    binary = args[0] if args else '.build/debug/qingdan'
    total_exact = total_items = 0
    with tempfile.TemporaryDirectory() as tmp:
        for truth_file in sorted(f for f in os.listdir(DIR) if f.endswith('.truth.json')):
            truth = json.load(open(os.path.join(DIR, truth_file), encoding='utf-8'))
            for rendering in truth['renderings']:
                path = os.path.join(DIR, rendering['file'])
                out = os.path.join(tmp, 'out.json')
                run = subprocess.run([binary, 'convert', path, '--format', 'json', '-o', tmp], capture_output=True)
                produced = os.path.join(tmp, os.path.splitext(rendering['file'])[0] + '.json')
                if run.returncode != 0 or not os.path.exists(produced):
                    print(f'{rendering["file"]:40} exit {run.returncode} {run.stderr.decode()[:100].strip()}')
                    continue
                got = json.load(open(produced, encoding='utf-8'))
                os.remove(produced)
                exact, cells_exact, notes = 0, 0, []
                if got['title'] != truth['title']:
                    notes.append(f'title {got["title"]}')
                headers = [c['header'] for c in got['columns']]
                if headers != truth['headers']:
                    notes.append(f'headers {headers}')
                for i, want in enumerate(truth['items']):
                    if i >= len(got['items']):
                        break
                    item = got['items'][i]
                    keys = KEYS
                    wrong = [k for k in keys if item.get(k) != want.get(k)]
                    cells_exact += item.get('cells') == want.get('cells')
                    if wrong:
                        notes.append(f'item {i + 1} {wrong[0]}: {json.dumps(item.get(wrong[0]), ensure_ascii=False)[:150]} ≠ {json.dumps(want.get(wrong[0]), ensure_ascii=False)[:150]}')
                    else:
                        exact += 1
                errors = sorted({f['code'] for f in got['findings'] if f['severity'] == 'error'})
                count = len(truth['items'])
                ok = exact == count and len(got['items']) == count and not notes
                total_exact += exact
                total_items += count
                flag = 'exact' if ok else ('ERROR-FINDING' if errors else 'SILENTLY-WRONG')
                print(f'{rendering["file"]:36} {exact:3}/{count:<3} cells {cells_exact:3} items {len(got["items"]):3}  {flag:14} {",".join(errors)}')
                if verbose and not ok:
                    for n in notes[:6]:
                        print('      ', n)
    print(f'total {total_exact}/{total_items}')


if __name__ == '__main__':
    main()
