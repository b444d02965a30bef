"""Edit a .docx with python-docx, the way a script of the office's would (issue 21's
review loop, tests/review-loop-python-docx.test.ts). python-docx parses the package with
lxml and writes every part again on save, so whatever it does not model (our bookmarks)
survives only if its API calls leave it alone.

Usage: /usr/bin/python3 edit_with_python_docx.py IN.docx OUT.docx EDITS.json

EDITS.json is a list of edits, applied in order; each names the text it starts from and
fails loudly when that text is not found (a silent miss would pass for a lost edit):
  {"run": OLD, "with": NEW}          the run holding OLD gets OLD replaced by NEW
                                     (run.text: the run's formatting and the paragraph's
                                     bookmarks stay)
  {"paragraph": OLD, "text": NEW}    the paragraph holding OLD becomes NEW through
                                     paragraph.text, which clears the paragraph's content,
                                     bookmarks included
  {"cell": LABEL, "column": HEADER, "text": NEW}
                                     the first table's cell in LABEL's row and HEADER's
                                     column: its first run gets NEW, the others are emptied
  {"whole_cell": LABEL, "column": HEADER, "text": NEW}
                                     the same cell through cell.text (python-docx's own
                                     setter: it replaces the cell's paragraphs)
  {"after": OLD, "text": NEW}        a new paragraph after the one holding OLD, with its
                                     paragraph and first run's formatting copied; with
                                     "style": NAME (e.g. "Heading 2") it gets that style
"""
import copy
import json
import sys

import docx
from docx.text.paragraph import Paragraph


def paragraph_with(document, text):
    for paragraph in document.paragraphs:
        if text in paragraph.text:
            return paragraph
    sys.exit(f"no paragraph holds {text!r}")


def run_with(document, text):
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if text in run.text:
                return run
    sys.exit(f"no run holds {text!r}")


def cell_of(document, label, header):
    table = document.tables[0]
    columns = [cell.text for cell in table.rows[0].cells]
    if header not in columns:
        sys.exit(f"no column {header!r} in {columns}")
    for row in table.rows:
        if row.cells[0].text == label:
            return row.cells[columns.index(header)]
    sys.exit(f"no row {label!r}")


def add_after(paragraph, text, style=None):
    # python-docx can only insert before a paragraph; after is lxml's addnext, as its docs suggest.
    new_p = copy.deepcopy(paragraph._p)
    for child in list(new_p):
        if child.tag != docx.oxml.ns.qn("w:pPr"):
            new_p.remove(child)
    paragraph._p.addnext(new_p)
    added = Paragraph(new_p, paragraph._parent)
    run = added.add_run(text)
    if paragraph.runs and paragraph.runs[0]._r.rPr is not None:
        run._r.insert(0, copy.deepcopy(paragraph.runs[0]._r.rPr))
    if style:
        added.style = style


def main(source, target, edits_file):
    document = docx.Document(source)
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    for edit in edits:
        if "run" in edit:
            run = run_with(document, edit["run"])
            run.text = run.text.replace(edit["run"], edit["with"])
        elif "paragraph" in edit:
            paragraph_with(document, edit["paragraph"]).text = edit["text"]
        elif "cell" in edit:
            runs = cell_of(document, edit["cell"], edit["column"]).paragraphs[0].runs
            runs[0].text = edit["text"]
            for run in runs[1:]:
                run.text = ""
        elif "whole_cell" in edit:
            cell_of(document, edit["whole_cell"], edit["column"]).text = edit["text"]
        elif "after" in edit:
            add_after(paragraph_with(document, edit["after"]), edit["text"], edit.get("style"))
        else:
            sys.exit(f"unknown edit {edit!r}")
    document.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
