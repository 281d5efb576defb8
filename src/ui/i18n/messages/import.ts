export const importEn = {
  'import.dropHere': 'Drop a spreadsheet here, or anywhere in the window',
  'import.formats': 'CSV, TSV, TXT, XLSX or XLS. Nothing is uploaded.',
  'import.choose': 'Choose a file…',
  'import.loadSample': 'Load sample customers',
  'import.reading': 'Reading {file}…',
  'import.cancel': 'Cancel',
  'import.encoding': 'Encoding',
  'import.delimiter': 'Delimiter',
  'import.sheet': 'Sheet',
  'import.delimiter.comma': 'Comma ,',
  'import.delimiter.semicolon': 'Semicolon ;',
  'import.delimiter.tab': 'Tab',
  'import.delimiter.pipe': 'Pipe |',
  'import.dropOverlay': 'Drop to import',
  'import.errorTitle': 'Could not import {file}',
  'import.error.empty-file': 'The file is empty.',
  'import.error.header-only': 'The file has a header row but no data rows.',
  'import.error.binary-file':
    'This is not a text spreadsheet: it looks like a binary file with the wrong extension.',
  'import.error.too-large':
    'The file is {size}, larger than the {max} limit. Split it or export fewer rows.',
  'import.error.unterminated-quote':
    'A quoted value starting on line {row} is never closed, so the rest of the file cannot be read.',
  'import.error.no-clean-encoding':
    'The text does not decode cleanly in any supported encoding. Choose the encoding by hand.',
  'import.error.mixed-encoding':
    'The text reads as UTF-8 until line {row}, where it switches to another encoding, so part of it would come out garbled. Save the file again in one encoding (UTF-8).',
  'import.error.zip-bomb':
    'The workbook expands to more than {max} when unpacked, so it was not opened (possible zip bomb).',
  'import.error.bad-workbook': 'The workbook cannot be read: {detail}',
  'import.error.no-sheets': 'The workbook has no sheets.',
  'import.error.unsupported-format':
    'Files of type “.{extension}” are not supported. Use CSV, TSV, TXT, XLSX or XLS.',
  'import.error.several-files': '{count} files were dropped; import one file at a time.',
  'import.error.read-failed': 'The file could not be read: {detail}',
  'import.error.too-many-columns':
    'The file has more than {max} columns (at least {columns}), more than any spreadsheet holds. Check the delimiter, or keep fewer columns.',
  'import.warning.ragged-rows':
    '{count} rows have a different number of fields than the header (lines {rows}); missing fields were left empty and extra fields dropped.',
  'import.warning.renamed-headers': 'Some column names were renamed: {renames}.',
  'import.warning.no-header':
    'No header row found; the {columns} columns were named column_1, column_2, …',
  'import.warning.empty-lines': '{count} empty lines were skipped.',
  'import.warning.guessed-encoding':
    'The encoding was guessed as {encoding}. If the text looks wrong, pick another encoding.',
  'import.warning.unparsed-values':
    'Column “{column}”: {count} values could not be read as its type and were treated as missing.',
  'import.warning.truncated-cells': '{count} very long cells were shortened.',
};

export const importZh: Record<keyof typeof importEn, string> = {
  'import.dropHere': '将表格文件拖到此处，或拖到窗口任意位置',
  'import.formats': '支持 CSV、TSV、TXT、XLSX、XLS。文件不会被上传。',
  'import.choose': '选择文件…',
  'import.loadSample': '加载示例客户数据',
  'import.reading': '正在读取 {file}…',
  'import.cancel': '取消',
  'import.encoding': '编码',
  'import.delimiter': '分隔符',
  'import.sheet': '工作表',
  'import.delimiter.comma': '逗号 ,',
  'import.delimiter.semicolon': '分号 ;',
  'import.delimiter.tab': '制表符',
  'import.delimiter.pipe': '竖线 |',
  'import.dropOverlay': '松开即可导入',
  'import.errorTitle': '无法导入 {file}',
  'import.error.empty-file': '文件是空的。',
  'import.error.header-only': '文件只有表头，没有数据行。',
  'import.error.binary-file': '这不是文本表格：它看起来是扩展名不正确的二进制文件。',
  'import.error.too-large': '文件大小为 {size}，超过 {max} 的上限。请拆分文件或导出更少的行。',
  'import.error.unterminated-quote': '第 {row} 行开始的引号没有闭合，无法读取文件的其余部分。',
  'import.error.no-clean-encoding': '文本无法用任何支持的编码正确解码。请手动选择编码。',
  'import.error.mixed-encoding':
    '文本在第 {row} 行之前是 UTF-8，从该行起换成了另一种编码，部分文字会变成乱码。请将文件统一另存为一种编码（UTF-8）。',
  'import.error.zip-bomb': '该工作簿解压后超过 {max}，因此未被打开（可能是压缩炸弹）。',
  'import.error.bad-workbook': '无法读取该工作簿：{detail}',
  'import.error.no-sheets': '该工作簿没有工作表。',
  'import.error.unsupported-format':
    '不支持“.{extension}”类型的文件。请使用 CSV、TSV、TXT、XLSX 或 XLS。',
  'import.error.several-files': '拖入了 {count} 个文件；请一次导入一个文件。',
  'import.error.read-failed': '无法读取该文件：{detail}',
  'import.error.too-many-columns':
    '该文件的列数超过 {max}（至少 {columns} 列），超出任何电子表格的容量。请检查分隔符，或减少列数。',
  'import.warning.ragged-rows':
    '有 {count} 行的字段数与表头不同（第 {rows} 行）；缺少的字段留空，多余的字段已丢弃。',
  'import.warning.renamed-headers': '部分列名已重命名：{renames}。',
  'import.warning.no-header': '未找到表头行；{columns} 列已命名为 column_1、column_2……',
  'import.warning.empty-lines': '已跳过 {count} 个空行。',
  'import.warning.guessed-encoding': '编码推测为 {encoding}。如果文字显示不正确，请选择其他编码。',
  'import.warning.unparsed-values': '列“{column}”：有 {count} 个值无法按其类型读取，已视为缺失值。',
  'import.warning.truncated-cells': '有 {count} 个过长的单元格已被截断。',
};
