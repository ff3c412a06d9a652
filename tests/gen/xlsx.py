#!/usr/bin/env python3
"""tests/gen/xlsx.py: the xlsx fixtures, written by hand with zipfile (no
spreadsheet library): each holds what a workbook from Excel holds, so the
reader is tried on every kind of cell.

    python3 tests/gen/xlsx.py DIR    # writes DIR/staup-tiltak-2025.xlsx ...

A cell is a str (a shared string), ('inline', text), ('rich', [parts]),
an int or float (a number), ('date', serial, style), ('bool', 0|1),
('err', '#N/A'), ('f', formula, cached value), or None (no cell)."""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

# cell formats (styles.xml cellXfs, in order): 0 general, 1 a custom date
# dd.mm.yyyy (164), 2 built-in date 14, 3 date and time (165), 4 #,##0.00
STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>
<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>
<numFmt numFmtId="166" formatCode="#,##0&quot; kr&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>'''


def col_name(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, shared):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData>']
    for r, cells in rows:
        out.append('<row r="%d">' % r)
        for c, v in enumerate(cells):
            ref = '%s%d' % (col_name(c), r)
            if v is None:
                continue
            if isinstance(v, str):
                if v not in shared:
                    shared.append(v)
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared.index(v)))
            elif isinstance(v, bool):
                raise ValueError('use ("bool", 0|1)')
            elif isinstance(v, (int, float)):
                out.append('<c r="%s"><v>%r</v></c>' % (ref, v))
            elif v[0] == 'inline':
                out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v[1])))
            elif v[0] == 'rich':
                key = ('rich', tuple(v[1]))
                if key not in shared:
                    shared.append(key)
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared.index(key)))
            elif v[0] == 'date':
                out.append('<c r="%s" s="%d"><v>%r</v></c>' % (ref, v[2], v[1]))
            elif v[0] == 'bool':
                out.append('<c r="%s" t="b"><v>%d</v></c>' % (ref, v[1]))
            elif v[0] == 'err':
                out.append('<c r="%s" t="e"><v>%s</v></c>' % (ref, escape(v[1])))
            elif v[0] == 'f':
                out.append('<c r="%s"><f>%s</f><v>%r</v></c>' % (ref, escape(v[1]), v[2]))
            elif v[0] == 'styled-empty':
                out.append('<c r="%s" s="4"/>' % ref)
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return ''.join(out)


def shared_xml(shared):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
           % (len(shared), len(shared))]
    for s in shared:
        if isinstance(s, tuple):
            out.append('<si>' + ''.join('<r><t xml:space="preserve">%s</t></r>' % escape(p) for p in s[1])
                       + '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>')
        else:
            out.append('<si><t xml:space="preserve">%s</t></si>' % escape(s))
    out.append('</sst>')
    return ''.join(out)


def workbook(path, sheets, date1904=False):
    shared = []
    parts = [(name, sheet_xml(rows, shared)) for name, rows in sheets]
    # stored, with a fixed time: the same bytes on every machine, so that
    # the committed fixtures can be held to what this script makes (the
    # real workbooks in ../shared are deflated)
    with zipfile.ZipFile(path + '.tmp', 'w', zipfile.ZIP_STORED) as z:
        put = z.writestr

        def writestr(name, data, put=put):
            put(zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0)), data)
        z.writestr = writestr
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml',
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   + ('<workbookPr date1904="1"/>' if date1904 else '') + '<sheets>'
                   + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                             for i, (n, _) in enumerate(parts))
                   + '</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                             % (i + 1, i + 1) for i in range(len(parts)))
                   + '</Relationships>')
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/sharedStrings.xml', shared_xml(shared))
        for i, (_, xml) in enumerate(parts):
            z.writestr('xl/worksheets/sheet%d.xml' % (i + 1), xml)
    os.rename(path + '.tmp', path)


def main():
    d = sys.argv[1]
    # R9's savings list as the unit's workbook: a title row and a blank
    # row above, numbers as numbers, an empty cell, a note below
    workbook(os.path.join(d, 'staup-tiltak-2025.xlsx'), [
        ('Tiltak 2025', [
            (1, ['Innsparingstiltak Staup helsehus 2025 (004)']),
            (3, ['Tiltak', 'Årsverk', 'Kostnad (kr)', 'Status']),
            (4, ['Reduksjon kokkekompetanse', 1, 700000, 'Iverksatt 17.03.25']),
            (5, ['Bemanningstilpasning dag/aftenskift LV', 1.5, 1050000, 'Iverksatt 06.01.25']),
            (6, ['Redusert bruk av variabel lønn', None, 300000, 'Iverksatt']),
            (7, ['Nedskalering HMS aktivitet / fagdager', ('styled-empty',), 200000, 'Iverksatt']),
            (9, ['Kilde: økonomiavdelingen, budsjettoppfølging mars 2025']),
        ]),
        ('Felles', [
            (1, ['Tiltak', 'Kostnad (kr)']),
            (2, ['Bedre ivaretakelse av utskrivningsklare', 2000000]),
            (3, ['Innleid privat arbeidskraft', 2500000]),
        ]),
    ])
    # every kind of cell: dates in three formats, a time, booleans, an
    # error, a formula's value, rich text (its phonetic reading not
    # text), an inline string, text with a comma, a quote and a line break
    workbook(os.path.join(d, 'cells.xlsx'), [
        ('Celler', [
            (1, ['dato', 'verdi', 'tekst', 'sann', 'feil']),
            (2, [('date', 45548, 1), 21.7, ('rich', ['Leva', 'nger']), ('bool', 1), ('err', '#N/A')]),
            (3, [('date', 45549, 2), ('f', 'B2*2', 43.4), ('inline', 'Verdal, "Nord"'), ('bool', 0), None]),
            (4, [('date', 45550.75, 3), 0.1 + 0.2, 'to\nlinjer', None, None]),
            (5, [('date', 59, 1), -1036, '  blanke  ', None, None]),
            (6, [('date', 61, 1), 1e20, 'x', None, None]),
        ]),
    ])
    # R5's table as Statistikkbanken's Excel download: its title in the
    # first row, the years as text headers, the figures as numbers
    csv = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                       'fixtures', 'kostra', '12362-pleie-og-omsorg-latin1.csv')
    lines = [l.rstrip('\r\n') for l in open(csv, encoding='latin-1')]
    rows = [(1, [lines[0].strip('"')])]
    for i, l in enumerate(lines[1:]):
        cells = [c.strip('"') for c in l.split(';')]
        if i > 0:
            cells = cells[:4] + [int(c) for c in cells[4:]]
        rows.append((i + 3, cells))
    workbook(os.path.join(d, '12362-pleie-og-omsorg.xlsx'), [('12362', rows)])
    workbook(os.path.join(d, 'date1904.xlsx'), [
        ('Ark1', [(1, ['dato', 'verdi']), (2, [('date', 0, 1), 1]), (3, [('date', 43000, 2), 2])]),
    ], date1904=True)
    broken(d)


def broken(d):
    # a zip that is no workbook, and a workbook whose sheet is cut short
    def stored(path, members):
        with zipfile.ZipFile(path + '.tmp', 'w', zipfile.ZIP_STORED) as z:
            for name, data in members:
                z.writestr(zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0)), data)
        os.rename(path + '.tmp', path)
    stored(os.path.join(d, 'not-a-workbook.zip'), [('data.csv', 'a,b\n1,2\n')])
    workbook(os.path.join(d, 'cut-short.xlsx'), [('Ark1', [(1, ['a', 'b']), (2, [1, 2])])])
    with zipfile.ZipFile(os.path.join(d, 'cut-short.xlsx')) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    members = [(n, b[:len(b) // 2] if n.endswith('sheet1.xml') else b) for n, b in members]
    stored(os.path.join(d, 'cut-short.xlsx'), members)


if __name__ == '__main__':
    main()
