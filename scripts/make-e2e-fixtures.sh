#!/usr/bin/env bash
# Writes the small files the e2e import tests drop into the app. Needs iconv (glibc) and
# python3-openpyxl (Debian) for the two-sheet workbook.
set -euo pipefail
out="$(dirname "$0")/../e2e/fixtures"
mkdir -p "$out"

# A Chinese Excel export: GB18030, semicolons, decimal commas with dot thousands, 是/否, 年月日 dates.
printf '%s\n' \
  '姓名;城市;消费金额;会员;注册日期;访问次数' \
  '张伟;北京市;1.234,56;是;2024年3月1日;12' \
  '王芳;上海市;987,10;否;2024年3月15日;7' \
  '李娜;广州市;2.045,00;是;2024年4月2日;23' \
  '刘洋;深圳市;15,75;否;2024年5月20日;3' \
  '陈静;杭州市;3.300,40;是;2024年6月8日;15' \
  '杨磊;成都市;450,00;否;2024年7月11日;9' \
  '赵敏;武汉市;1.020,30;是;2024年8月30日;11' \
  '黄强;南京市;76,90;否;2024年9月9日;2' \
  | iconv -f UTF-8 -t GB18030 > "$out/customers-gb18030-semicolon.csv"

# A quoted value that never closes, starting on line 3.
printf '%s\n' 'name,city,amount' 'Anna,Berlin,10' 'Ben,"Hamburg,20' 'Cara,Köln,30' > "$out/unterminated-quote.csv"

# Prototype-named headers are ordinary columns.
printf '%s\n' '__proto__,constructor,toString,value' 'a,b,c,1' 'd,e,f,2' 'g,h,i,3' > "$out/prototype-headers.csv"

# Header only, and an empty file.
printf '%s\n' 'name,city,amount' > "$out/header-only.csv"
: > "$out/empty.csv"

# A PNG renamed to .csv.
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x00IEND\xaeB`\x82' > "$out/image.csv"

# Ragged rows: line 3 is short, line 5 is long; columns must never shift.
printf '%s\n' 'id,region,spend' '1,north,10.5' '2,south' '3,east,7.25' '4,west,3.5,EXTRA' > "$out/ragged.csv"

# A German Excel export: windows-1252, semicolons, decimal commas, euro amounts, d.m.y dates.
printf '%s\r\n' \
  'Kunde;Straße;Umsatz;Rabatt;Anmeldung;Besuche' \
  'Müller;Hauptstraße 1;1.234,56 €;5%;01.03.2024;12' \
  'Schäfer;Bahnhofstraße 7;987,10 €;0%;15.03.2024;7' \
  'Weiß;Gartenweg 3;2.045,00 €;10%;02.04.2024;23' \
  'Köhler;Lindenallee 9;15,75 €;0%;20.05.2024;3' \
  'Groß;Schulstraße 4;3.300,40 €;15%;08.06.2024;15' \
  'Bäcker;Ringstraße 2;450,00 €;5%;11.07.2024;9' \
  | iconv -f UTF-8 -t WINDOWS-1252 > "$out/kunden-windows1252.csv"

# Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
printf '\xff\xfe' > "$out/unicode-text-utf16.txt"
printf '%s\r\n' $'region\tspend\tvisits' $'华东\t12.5\t3' $'华南\t8.25\t5' $'华北\t19\t1' \
  | iconv -f UTF-8 -t UTF-16LE >> "$out/unicode-text-utf16.txt"

# A workbook with two sheets, and an XLSX whose one sheet inflates past the 512 MiB cap.
/usr/bin/python3 "$(dirname "$0")/make-e2e-workbooks.py" "$out"

# Hostile text cells next to real signal: exports must neutralise formulas, charts must stay inert.
# sales = 3 * spend + 40 * premium + small deterministic wobble; 60 rows.
{
  printf '%s\n' 'note,spend,premium,sales'
  notes=('=HYPERLINK("http://evil.example","click")' '+SUM(A1:A9)' '-2+3' '@cmd' 'plain' '<img src=x onerror=alert(1)>')
  for i in $(seq 1 60); do
    spend=$(( (i * 37) % 101 ))
    premium=$(( i % 3 == 0 ? 1 : 0 ))
    wobble=$(( (i * 7) % 5 - 2 ))
    note=${notes[$(( i % 6 ))]}
    printf '"%s",%d,%d,%d\n' "${note//\"/\"\"}" "$spend" "$premium" $(( 3 * spend + 40 * premium + wobble ))
  done
} > "$out/formula-notes.csv"
