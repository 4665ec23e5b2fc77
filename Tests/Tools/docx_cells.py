#!/usr/bin/env python3
"""Reads a DOCX table with the Python standard library only and prints its cells as JSON.

Used once to write the reference cells in Tests/QingdanTests/Fixtures/*.cells.json: the Word file
is the source the PDF and text were made from, so its paragraphs are the ground truth for `cells`
(one w:p per paragraph, joined by \n). Independent of the Swift code under test.
"""
import json, sys, zipfile
from xml.etree import ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def cell_text(tc):
    paragraphs = []
    for p in tc.findall(W + 'p'):
        s = ''
        for el in p.iter():
            if el.tag == W + 't':
                s += el.text or ''
            elif el.tag == W + 'br':
                s += '\n'
        paragraphs.append(s)
    return '\n'.join(paragraphs)

def main(path):
    root = ET.fromstring(zipfile.ZipFile(path).read('word/document.xml'))
    body = root.find(W + 'body')
    title = None
    for el in body:
        if el.tag == W + 'p' and title is None:
            t = ''.join(x.text or '' for x in el.iter(W + 't')).strip()
            if t:
                title = t
        if el.tag == W + 'tbl':
            rows = [[cell_text(tc) for tc in tr.findall(W + 'tc')] for tr in el.findall(W + 'tr')]
            break
    headers, body_rows = rows[0], rows[1:]
    out = {"title": title, "headers": headers,
           "rows": [{"number": int(r[0]), "cells": r} for r in body_rows]}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')

if __name__ == '__main__':
    main(sys.argv[1])
