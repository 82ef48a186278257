#!/usr/bin/python3
"""PDF input on real text: the same references from a PDF as from its text version.

For a sample of corpus documents (every language, Security Council resolutions and
General Assembly resolutions: PER_SET of each set and language), the texts are printed
to PDF by headless Chromium as one book, each document on new pages, in two columns (CSS
columns), right to left for Arabic, with Chromium's running header and footer (date,
title, address, page numbers "n/m"); the book is cut into one PDF per document
(poppler-utils: pdfseparate, pdfunite). `unxref extract` reads the PDFs and the texts,
and the references found (kind and id of every mention, counted) are compared. Fails when,
in any language, fewer than MIN_SHARE of the text version's references are found in the
PDF, or more than (1 - MIN_SHARE) of the PDF's are not in the text version; fails when a
PDF cannot be made (Chromium is installed by scripts/install-deps.sh; nothing is skipped).

Usage: run.py UNXREF [--corpus DIR] [--per-set N] [--keep DIR]
"""
import argparse
import collections
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

LANGS = ["zh", "en", "fr", "es", "ru", "ar"]
SETS = ["unxml-sc-res", "unxml-ga78"]
MIN_SHARE = 0.99
HEADER_LINE = "Advance unedited version — running header"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4; margin: 22mm 16mm 20mm 16mm; }}
body {{ font-family: "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", serif;
        font-size: 10.5pt; line-height: 1.35; margin: 0; }}
section {{ break-before: page; column-count: 2; column-gap: 8mm; }}
p {{ margin: 0 0 0.5em 0; }}
</style></head><body>
{body}
</body></html>
"""
# the last line of each document: tells where it ends in the printed book (letters
# only: no reference, no number)
END = "zqxendofdocument"


def end_mark(i):
    return END + "".join(chr(ord("a") + int(d)) for d in str(i))


def sample(corpus, per_set, sets=SETS):
    """Every k-th document of each set and language (sorted names): no choice by hand."""
    out = []
    for s in sets:
        names = sorted(os.listdir(os.path.join(corpus, s)))
        for lang in LANGS:
            files = [n for n in names if n.endswith("." + lang + ".txt")]
            if len(files) < per_set:
                sys.exit(f"pdf: {s} has only {len(files)} {lang} documents")
            step = len(files) // per_set
            out += [(lang, os.path.join(corpus, s, files[i * step])) for i in range(per_set)]
    return out


def section(i, lang, path):
    with open(path, encoding="utf-8") as f:
        lines = [ln.strip() for ln in f.read().splitlines()]
    body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines if ln)
    return (f'<section lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">\n{body}\n'
            f'<p dir="ltr">{end_mark(i)}</p></section>')


def run(cmd, what):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1800)
    if r.returncode != 0:
        sys.exit(f"pdf: {what} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r.stdout


def print_pdfs(docs, scratch):
    """All documents as one book (one Chromium run), then one PDF per document."""
    page = os.path.join(scratch, "book.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGE.format(title=HEADER_LINE,
                            body="\n".join(section(i, lang, p) for i, (lang, p) in enumerate(docs))))
    book = os.path.join(scratch, "book.pdf")
    profile = tempfile.mkdtemp(dir=scratch)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + profile, "--print-to-pdf=" + book, "file://" + page], "chromium")
    shutil.rmtree(profile, ignore_errors=True)
    pages = run(["pdftotext", "-q", book, "-"], "pdftotext").decode().split("\f")
    ends = {}
    for n, text in enumerate(pages, 1):
        for i in range(len(docs)):
            if re.search(end_mark(i) + "(?![a-z])", text):
                ends[i] = n
    if sorted(ends) != list(range(len(docs))):
        sys.exit(f"pdf: the end of {len(docs) - len(ends)} documents not found in {book}")
    pdir = os.path.join(scratch, "pages")
    os.makedirs(pdir, exist_ok=True)
    run(["pdfseparate", book, os.path.join(pdir, "%d.pdf")], "pdfseparate")
    pdfs, first = [], 1
    for i, (lang, path) in enumerate(docs):
        pdf = os.path.join(scratch, os.path.basename(path)[:-4] + ".pdf")
        parts = [os.path.join(pdir, f"{n}.pdf") for n in range(first, ends[i] + 1)]
        if len(parts) == 1:
            shutil.copy(parts[0], pdf)
        else:
            run(["pdfunite"] + parts + [pdf], "pdfunite")
        pdfs.append(pdf)
        first = ends[i] + 1
    return pdfs


def references(unxref, paths, out):
    r = subprocess.run([unxref, "extract", "-q", "-o", out] + paths,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    if r.returncode != 0 or data["errors"]:
        sys.exit(f"pdf: unxref extract failed: {r.stderr.decode()[-800:]} {data['errors']}")
    return {d["path"]: d for d in data["documents"]}


def refs_of(doc):
    return collections.Counter((m["kind"], m["id"]) for m in doc["mentions"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("unxref")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--per-set", type=int, default=5)
    ap.add_argument("--sets", default=",".join(SETS),
                    help="the corpus folders to sample (default %(default)s)")
    ap.add_argument("--keep", help="keep the pages and PDFs in this directory")
    a = ap.parse_args()
    for tool in ("chromium", "pdftotext", "pdfseparate", "pdfunite"):
        if shutil.which(tool) is None:
            sys.exit(f"pdf: {tool} is missing (run scripts/install-deps.sh)")
    unxref = os.path.abspath(a.unxref)
    scratch = a.keep or tempfile.mkdtemp(prefix="unxref-pdf-")
    os.makedirs(scratch, exist_ok=True)
    docs = sample(a.corpus, a.per_set, a.sets.split(","))
    pdfs = print_pdfs(docs, scratch)
    texts = [p for _, p in docs]
    from_pdf = references(unxref, pdfs, os.path.join(scratch, "pdf.json"))
    from_text = references(unxref, texts, os.path.join(scratch, "text.json"))
    per_lang = {lang: [0, 0, 0] for lang in LANGS}  # text refs, pdf refs, common
    bad = []
    pages = 0
    for (lang, path), pdf in zip(docs, pdfs):
        t, p = refs_of(from_text[path]), refs_of(from_pdf[pdf])
        pages = max([pages] + [m.get("page", 0) for m in from_pdf[pdf]["mentions"]])
        if any("page" not in m or "page_offset" not in m for m in from_pdf[pdf]["mentions"]):
            bad.append(f"{pdf}: a mention without page/page_offset")
        common = sum((t & p).values())
        c = per_lang[lang]
        c[0] += sum(t.values())
        c[1] += sum(p.values())
        c[2] += common
        if t != p:
            print(f"pdf: {os.path.basename(path)}: only in text {dict(t - p)}, "
                  f"only in PDF {dict(p - t)}")
    if pages < 2:
        bad.append("no reference found past page 1: the sample tests no page breaks")
    print("| lang | docs | refs in text | refs in PDF | same | recall | precision |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for lang in LANGS:
        nt, np_, common = per_lang[lang]
        recall = common / nt if nt else 1.0
        precision = common / np_ if np_ else 1.0
        ndocs = sum(1 for d in docs if d[0] == lang)
        print(f"| {lang} | {ndocs} | {nt} | {np_} | {common} | {recall:.4f} | {precision:.4f} |")
        if nt == 0:
            bad.append(f"{lang}: no reference in the text versions")
        if recall < MIN_SHARE or precision < MIN_SHARE:
            bad.append(f"{lang}: recall {recall:.4f}, precision {precision:.4f} < {MIN_SHARE}")
    if not a.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    for b in bad:
        print("pdf: FAIL:", b)
    print(f"pdf: {0 if bad else 1} passed, {1 if bad else 0} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
