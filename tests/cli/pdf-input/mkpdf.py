#!/usr/bin/python3
"""Writes a small PDF for the PDF-input cases: usage: mkpdf.py OUT.pdf [two-column].

Three A4 pages in Helvetica (a standard font: nothing embedded). Every page has a running
header that cites a resolution (S/RES/2222 (2015)) and a footer with the page number;
page 1 cites 1373 (2001), page 2 2178 (2014) in a sentence that runs on from page 1;
page 3 has two columns whose lines stand on the same baselines (left: 1540 (2004),
right: 2231 (2015)), so that a reader that joins lines across the gutter breaks both."""
import sys

HEADER = "S/RES/2222 (2015)   Advance unedited version"


def page_lines(n):
    lines = [(72, 800, HEADER), (290, 40, str(n))]
    if n == 1:
        body = ["The Security Council,", "Recalling its resolution 1373 (2001) on threats",
                "to international peace and security caused by", "terrorist acts, and"]
    elif n == 2:
        body = ["reaffirming its resolution 2178 (2014),", "Decides to remain seized of the matter."]
    else:
        body = []
        left = ["Left column: the Council", "recalls resolution", "1540 (2004) on weapons."]
        right = ["Right column: the Council", "recalls resolution", "2231 (2015) on Iran."]
        for i, (a, b) in enumerate(zip(left, right)):
            lines += [(72, 740 - 16 * i, a), (222, 740 - 16 * i, b)]
    lines += [(72, 740 - 16 * i, t) for i, t in enumerate(body)]
    return lines


def esc(t):
    return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def main():
    objs = []
    pages = []
    for n in (1, 2, 3):
        stream = "".join(f"BT /F1 11 Tf {x} {y} Td ({esc(t)}) Tj ET\n" for x, y, t in page_lines(n))
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}endstream")
        pages.append(len(objs))  # content object number
    # 1..3 contents, then font, then pages, then page objects, then catalog
    font = len(objs) + 1
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    tree = len(objs) + 1
    kids = [tree + 1 + i for i in range(3)]
    objs.append(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count 3 >>")
    for c in pages:
        objs.append(f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R >>")
    objs.append(f"<< /Type /Catalog /Pages {tree} 0 R >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(sys.argv[1], "wb") as f:
        f.write(out)


main()
