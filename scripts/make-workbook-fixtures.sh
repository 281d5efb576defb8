#!/usr/bin/env bash
# Writes the workbook fixtures for src/core/data/workbook tests with real spreadsheet tools:
# openpyxl and xlwt (Debian: python3-openpyxl python3-xlwt) and LibreOffice
# (libreoffice-calc-nogui). LibreOffice recalculates formulas, so its files carry cached values.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/core/data/workbook/fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

/usr/bin/python3 "$(dirname "$0")/make-workbook-fixtures.py" "$out"

convert() { # convert SOURCE FILTER TARGET_NAME
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$2" --outdir "$work" "$1" >/dev/null
  mv "$work/$(basename "${1%.*}").${2%%:*}" "$out/$3"
}
convert "$out/formulas-source.xlsx" 'xlsx:Calc MS Excel 2007 XML' libreoffice-formulas.xlsx
convert "$out/formulas-source.xlsx" 'xls:MS Excel 97' libreoffice-formulas.xls
convert "$out/openpyxl-types.xlsx" 'xls:MS Excel 97' libreoffice-types.xls
convert "$out/openpyxl-1904.xlsx" 'xls:MS Excel 97' libreoffice-1904.xls
rm "$out/formulas-source.xlsx"
ls -l "$out"
