"""Writes the e2e workbooks: two-sheets.xlsx (needs openpyxl) and zip-bomb.xlsx (stdlib only)."""
import sys
import zipfile
from pathlib import Path

out = Path(sys.argv[1])

try:
    import openpyxl

    book = openpyxl.Workbook()
    orders = book.active
    orders.title = "Orders"
    orders.append(["order_id", "amount", "paid"])
    for i in range(1, 6):
        orders.append([i, 10.5 * i, i % 2 == 0])
    regions = book.create_sheet("Regions")
    regions.append(["region", "manager", "target", "opened"])
    for name, manager, target in [("North", "Ana", 1000), ("South", "Bo", 1500), ("East", "Cy", 900)]:
        regions.append([name, manager, target, None])
    book.save(out / "two-sheets.xlsx")
except ImportError:
    print("openpyxl missing: two-sheets.xlsx not rewritten", file=sys.stderr)

# 520 MiB of whitespace inside sheetData (valid XML) deflates to about half a megabyte.
target = 520 * 1024 * 1024
with zipfile.ZipFile(out / "zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
        sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        block = b" " * (1 << 20)
        written = 0
        while written < target:
            sheet.write(block)
            written += len(block)
        sheet.write(b"</sheetData></worksheet>")
