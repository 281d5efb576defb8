"""Writes the workbook fixtures for src/core/data/workbook tests.

Run through scripts/make-workbook-fixtures.sh, which also converts some of them with LibreOffice.
Needs Debian's python3-openpyxl (3.0.9) and python3-xlwt (1.3.0); tests never need Python.
"""
import datetime as dt
import os
import sys
import zipfile

import openpyxl
import xlwt
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = sys.argv[1]


def types_workbook():
    """Several sheets: an empty one first, a hidden one, then the data the tests check."""
    wb = openpyxl.Workbook()
    wb.active.title = 'Empty'
    hidden = wb.create_sheet('Hidden notes')
    hidden.sheet_state = 'hidden'
    hidden.append(['secret', 'value'])
    hidden.append(['a', 1])
    ws = wb.create_sheet('Customers')
    ws.append(['id', '名字', 'signup', 'last_seen', 'spend', 'member', 2024, '__proto__', 'notes', ''])
    ws.append([1, '张伟', dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 14, 30), 1234.5, True, 10, 'x',
               'hello & <world>'])
    ws.append([2, 'José García', dt.date(2023, 12, 31), dt.datetime(2023, 12, 31, 23, 59, 59), 98, False,
               20, 'y', 5])
    ws.append([3, '李娜', dt.date(1900, 2, 28), dt.datetime(1999, 1, 1, 0, 0, 0), -0.25, True, None,
               'constructor', None, 'beyond'])
    ws.append([])
    ws.append([5, None, dt.date(2024, 2, 29), None, 1e21, None, 40, 'x', '中文, "quoted"'])
    formats = {'C': '[$-804]yyyy"年"m"月"d"日"', 'D': 'yyyy-mm-dd hh:mm:ss', 'E': '#,##0.00;[Red]-#,##0.00'}
    for column, code in formats.items():
        for cell in ws[column][1:]:
            cell.number_format = code
    ws['C3'].number_format = 'dd/mm/yyyy'
    ws['L9'].font = Font(bold=True)  # a styled but empty cell well past the data
    numbers = wb.create_sheet('Numbers')
    numbers.append(['x', 'y'])
    for i in range(1, 6):
        numbers.append([i, i * i])
    wb.save(os.path.join(OUT, 'openpyxl-types.xlsx'))


def mac_1904_workbook():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = 'Mac dates'
    ws.append(['when', 'amount'])
    ws.append([dt.date(2024, 3, 1), 1])
    ws.append([dt.datetime(1904, 1, 2, 6, 0), 2])
    for cell in ws['A'][1:]:
        cell.number_format = 'yyyy-mm-dd hh:mm'
    wb.save(os.path.join(OUT, 'openpyxl-1904.xlsx'))


def formulas_source():
    """Formulas without cached values; LibreOffice computes and stores them on conversion."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Formulas'
    ws.append(['name', 'qty', 'double', 'greeting', 'big', 'ratio', 'missing', 'when'])
    rows = [('apple', 2), ('pear', 0), ('橙子', 5)]
    for i, (name, qty) in enumerate(rows, start=2):
        ws.append([name, qty, f'=B{i}*2', f'=A{i}&"!"', f'=B{i}>1', f'=1/B{i}', '=NA()', f'=DATE(2024,1,{i})'])
        ws[f'H{i}'].number_format = 'yyyy-mm-dd'
    wb.save(os.path.join(OUT, 'formulas-source.xlsx'))


def xlwt_workbook():
    """BIFF8 written by xlwt: RK/NUMBER cells, dates, booleans, rich text, and an SST long enough
    to need CONTINUE records, with a long string that switches from 1-byte to 2-byte characters."""
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet('Data')
    date_style = xlwt.easyxf(num_format_str='YYYY-MM-DD')
    time_style = xlwt.easyxf(num_format_str='YYYY-MM-DD HH:MM:SS')
    for col, name in enumerate(['row', 'label', 'amount', 'when', 'stamp', 'flag', 'long']):
        ws.write(0, col, name)
    long_text = 'a' * 9000 + '中文' * 3000
    for i in range(1, 1201):
        ws.write(i, 0, i)
        ws.write(i, 1, f'label {i} é {"丙" if i % 2 else ""}')
        ws.write(i, 2, i / 4)
        ws.write(i, 3, dt.date(2020, 1, 1) + dt.timedelta(days=i), date_style)
        ws.write(i, 4, dt.datetime(2020, 1, 1, 12, 0, 0) + dt.timedelta(hours=i), time_style)
        ws.write(i, 5, i % 3 == 0)
    ws.write(1, 6, long_text)
    ws.write_rich_text(2, 6, [('rich ', xlwt.Font()), ('bold', xlwt.easyfont('bold true'))])
    other = wb.add_sheet('Other')
    other.write(0, 0, 'k')
    other.write(1, 0, 'v')
    wb.save(os.path.join(OUT, 'xlwt-sst.xls'))


HANDMADE_PARTS = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/>'
    '</Relationships>',
    'book/main.xml': '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="false"/>'
    '<x:sheets><x:sheet name="Chart" sheetId="3" rel:id="rIdChart"/>'
    '<x:sheet name="R&amp;D &lt;2024&gt;" sheetId="7" rel:id="rIdData"/></x:sheets></x:workbook>',
    'book/_rels/main.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/book/sheets/data_sheet.xml"/>'
    '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="charts/c1.xml"/>'
    '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>'
    '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../book/styles.xml"/>'
    '</Relationships>',
    'book/strings.xml': '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">'
    '<si><t>text</t></si>'
    '<si><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>and plain</t></r></si>'
    '<si><t xml:space="preserve">  padded  </t></si>'
    '<si><t>A &amp; B &lt;c&gt; &#x4E2D;&#25991; &quot;q&quot; &unknown;</t></si>'
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>'
    '<si><t>line1_x000D__x000A_line2 keep _x005F_x0041_</t></si>'
    '</sst>',
    'book/styles.xml': '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="5"><numFmt numFmtId="164" formatCode="&quot;yyyy&quot;0"/>'
    '<numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="0.0\\d"/>'
    '<numFmt numFmtId="167" formatCode="[Red][$-804]General"/><numFmt numFmtId="168" formatCode="d-mmm-yy"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
    '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>'
    '<xf numFmtId="167"/><xf numFmtId="168"><alignment/></xf><xf numFmtId="14"/><xf numFmtId="31"/></cellXfs>'
    '</styleSheet>',
    'book/sheets/data_sheet.xml': '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:H4"/><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline &amp; co</t></is></c>'
    '<c t="str"><v>from formula</v></c><c r="D1" t="s"><v>4</v></c><c r="E1"><v>5</v></c>'
    '<c r="F1" t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c>'
    '<c r="G1" t="s"><v>1</v></c><c r="H1" t="s"><v>2</v></c></row>'
    '<row><c r="A2" t="s"><v>3</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c>'
    '<c r="D2" s="1"><v>2024</v></c><c r="E2" s="2"><v>1.5</v></c><c r="F2" s="5"><v>45352</v></c>'
    '<c r="G2" t="d"><v>2024-03-01T12:00:00</v></c><c r="H2" s="3"><v>7</v></c></row>'
    '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#DIV/0!</v></c>'
    '<c r="D3" s="4"><v>-3</v></c><c r="E3" s="6"><v>60</v></c><c r="F3" s="7"><v>1</v></c>'
    '<c r="G3" t="d"><v>1999-12-31</v></c><c r="H3" s="3"/></row>'
    '<row r="4" spans="1:8"><c r="B4" t="b"><v>1</v></c><c r="C4" t="str"><v></v></c></row>'
    '</sheetData></worksheet>',
}


def handmade_workbook():
    """XML parts written by hand the way other writers do: namespace prefixes, rich text, phonetic
    runs, inline strings, ISO date cells, a sheet path that is not sheetN.xml, a chart sheet."""
    with zipfile.ZipFile(os.path.join(OUT, 'handmade-parts.xlsx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in HANDMADE_PARTS.items():
            z.writestr(name, text)


if __name__ == '__main__':
    types_workbook()
    mac_1904_workbook()
    formulas_source()
    xlwt_workbook()
    handmade_workbook()
