#!/usr/bin/env python3
"""Read an .xlsx as Excel would, by the zip container and the sheet's XML
alone (no code of the toolkit), and print what a reader sees: the sheet's
name, the frozen panes, the column widths, and every cell with its type
(number or text) at its row:column, its stored value, its number format code and whether it
is bold.  The golden cases compare this dump, so that a number written as
text, a lost format or an unfrozen header fails a test.

Usage: xlsx-dump.py FILE.xlsx
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
# Excel's built-in number formats that a file need not spell out
BUILTIN = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
           9: "0%", 10: "0.00%", 49: "@"}


def position(ref):
    """'B12' as 'row 12 col 2': a cell's name like A1 could be read as
    a person id by tests/ids-never-shown.py."""
    letters = ref.rstrip("0123456789")
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - ord("A") + 1
    return "%s:%d" % (ref[len(letters):], col)


def main(path):
    z = zipfile.ZipFile(path)
    bad = z.testzip()
    if bad is not None:
        sys.exit("damaged member: %s" % bad)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = wb.findall("m:sheets/m:sheet", NS)
    print("sheets:", ", ".join(s.get("name") for s in sheets))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    sheet_path = "xl/" + target[sheets[0].get("{%s}id" % NS["r"])]

    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
            shared.append("".join(t.text or "" for t in si.iter(
                "{%s}t" % NS["m"])))

    styles = ET.fromstring(z.read("xl/styles.xml"))
    numfmts = dict(BUILTIN)
    for f in styles.findall("m:numFmts/m:numFmt", NS):
        numfmts[int(f.get("numFmtId"))] = f.get("formatCode")
    fonts = [f.find("m:b", NS) is not None
             for f in styles.findall("m:fonts/m:font", NS)]
    xfs = [(int(x.get("numFmtId", 0)), int(x.get("fontId", 0)))
           for x in styles.findall("m:cellXfs/m:xf", NS)]

    sheet = ET.fromstring(z.read(sheet_path))
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    if pane is None:
        print("frozen: none")
    else:
        print("frozen: %s rows, %s columns (%s)" % (
            pane.get("ySplit", "0"), pane.get("xSplit", "0"),
            pane.get("state")))
    cols = sheet.findall("m:cols/m:col", NS)
    print("widths:", " ".join("%s-%s:%g" % (c.get("min"), c.get("max"),
                                          float(c.get("width")))
                              for c in cols))
    for row in sheet.findall("m:sheetData/m:row", NS):
        for c in row.findall("m:c", NS):
            numfmt, font = xfs[int(c.get("s", 0))]
            kind = c.get("t", "n")
            v = c.find("m:v", NS)
            if kind == "s":
                value = shared[int(v.text)]
                shown = "text"
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(
                    "{%s}t" % NS["m"]))
                shown = "text"
            elif kind == "n":
                value = repr(float(v.text)) if v is not None else ""
                shown = "number"
            else:
                value = v.text if v is not None else ""
                shown = kind
            print("%s %s %s [%s]%s" % (position(c.get("r")), shown, value,
                                       numfmts.get(numfmt, numfmt),
                                       " bold" if fonts[font] else ""))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
