import {
  corruptXls,
  csvField,
  GBK_ROW,
  hugeCellCsv,
  MiB,
  PNG,
  utf16le,
  utf8,
  utf8ThenGbk,
  wideCsv,
  xlsxBomb,
  xlsxOf,
} from './hostileBytes';

/** What a hostile file must lead to: a clear error naming it, or a correct import. */
export type HostileExpectation =
  | {
      /** Matches the error message; the spec checks the file name separately. */
      readonly error: RegExp;
      /** The `data-code` of `import-error`. */
      readonly code: string;
    }
  | {
      readonly rows: number;
      readonly columns: number;
      /** The first headers, in order, exactly as `column-profile` shows them. */
      readonly headers?: readonly string[];
      /** Matches the text of `import-warning` when the import must say something. */
      readonly warning?: RegExp;
      /** Literal texts the data grid must show. */
      readonly gridShows?: readonly string[];
      /** Expected `data-type` per column. */
      readonly types?: Readonly<Record<string, string>>;
      /** Text no column profile may show (an overflowed number read as Infinity). */
      readonly notShown?: RegExp;
    };

export interface HostileCase {
  /** Unique across the table: the spec tells outcomes apart by it. */
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: () => Buffer;
  readonly expect: HostileExpectation;
  /** Query string of the page the case needs (a size cap), when not the shared default. */
  readonly query?: string;
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Script-looking and formula-looking cells; every one must stay literal text everywhere. */
export const HOSTILE_CELLS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '=HYPERLINK("http://evil.example","click")',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)',
] as const;

const PROTO_HEADERS = [
  '__proto__',
  'constructor',
  '__parsed_extra',
  'prototype',
  'hasOwnProperty',
  'toString',
];
const LONG_HEADER = 'h'.repeat(10_000);
const RTL = '\u202Eevil\u202C';
const EMOJI = '👩‍👩‍👧 🇨🇳';
const hostileCsv = [
  'id,note,amount',
  ...HOSTILE_CELLS.map((cell, i) => `${i + 1},${csvField(cell)},${i + 1}`),
].join('\n');

const csv = (name: string, text: string, expect: HostileExpectation): HostileCase => ({
  name,
  mimeType: CSV,
  bytes: () => utf8(text),
  expect,
});

/** The hostile and broken files; each gets a clear error or a correct import. */
export const CASES: readonly HostileCase[] = [
  csv('empty.csv', '', { error: /empty/, code: 'empty-file' }),
  {
    name: 'bom-only.csv',
    mimeType: CSV,
    bytes: () => Buffer.from([0xef, 0xbb, 0xbf]),
    expect: { error: /empty/, code: 'empty-file' },
  },
  csv('header-only.csv', 'name,city,amount\n', { error: /no data rows/, code: 'header-only' }),
  csv('blank-lines-only.csv', '\n\n\r\n\n', { error: /empty/, code: 'empty-file' }),
  csv('prototype-headers.csv', `${PROTO_HEADERS.join(',')}\n1,2,3,4,5,6\n7,8,9,10,11,12\n`, {
    rows: 2,
    columns: 6,
    headers: PROTO_HEADERS,
  }),
  {
    name: 'prototype-headers.xlsx',
    mimeType: XLSX,
    bytes: () =>
      xlsxOf([PROTO_HEADERS, ['a', 'b', 'c', 'd', 'e', 'f'], ['g', 'h', 'i', 'j', 'k', 'l']]),
    expect: { rows: 2, columns: 6, headers: PROTO_HEADERS },
  },
  csv('duplicate-empty-headers.csv', 'a,a,,b,\n1,2,3,4,5\n6,7,8,9,10\n', {
    rows: 2,
    columns: 5,
    headers: ['a', 'a_2', 'column_3', 'b', 'column_5'],
    warning: /renamed/,
  }),
  csv(
    'ragged-rows.csv',
    'id,region,spend\n1,north,10.5\n2,south\n3,east,7.25\n4,west,3.5,EXTRA\n',
    {
      rows: 4,
      columns: 3,
      headers: ['id', 'region', 'spend'],
      warning: /different number of fields/,
    },
  ),
  csv('unclosed-quote.csv', 'name,city,amount\nAnna,Berlin,10\nBen,"Hamburg,20\nCara,Köln,30\n', {
    error: /line 3/,
    code: 'unterminated-quote',
  }),
  csv('quoted-newlines.csv', 'id,note\n1,"two\nlines"\n2,"say ""hi"", then go"\n', {
    rows: 2,
    columns: 2,
    gridShows: ['say "hi", then go'],
  }),
  csv('cr-only.csv', 'a,b\r1,x\r2,y\r3,z\r', { rows: 3, columns: 2, headers: ['a', 'b'] }),
  csv('mixed-line-endings.csv', 'a,b\r\n1,x\n2,y\r3,z\r\n4,w', {
    rows: 4,
    columns: 2,
    headers: ['a', 'b'],
  }),
  csv('nul-bytes.csv', 'name,value\nab\u0000cd,1\nef,2\n', {
    error: /binary/,
    code: 'binary-file',
  }),
  {
    name: 'png-image.csv',
    mimeType: CSV,
    bytes: () => PNG,
    expect: { error: /binary/, code: 'binary-file' },
  },
  {
    name: 'workbook-named.csv',
    mimeType: CSV,
    bytes: () =>
      xlsxOf([
        ['region', 'spend'],
        ['north', '1'],
        ['south', '2'],
      ]),
    expect: { rows: 2, columns: 2, headers: ['region', 'spend'] },
  },
  {
    name: 'text-named.xlsx',
    mimeType: XLSX,
    bytes: () => utf8('region,spend\nnorth,1\nsouth,2\n'),
    expect: { rows: 2, columns: 2, headers: ['region', 'spend'] },
  },
  {
    name: 'truncated.xlsx',
    mimeType: XLSX,
    bytes: () =>
      xlsxOf([
        ['a', 'b'],
        ['1', '2'],
      ]).subarray(0, 200),
    expect: { error: /workbook cannot be read/, code: 'bad-workbook' },
  },
  {
    name: 'zip-bomb-small.xlsx',
    mimeType: XLSX,
    bytes: () => xlsxBomb(520 * MiB),
    expect: { error: /zip bomb/, code: 'zip-bomb' },
  },
  {
    name: 'corrupt.xls',
    mimeType: 'application/vnd.ms-excel',
    bytes: corruptXls,
    expect: { error: /workbook cannot be read/, code: 'bad-workbook' },
  },
  {
    name: 'empty.xlsx',
    mimeType: XLSX,
    bytes: () => Buffer.alloc(0),
    expect: { error: /empty/, code: 'empty-file' },
  },
  {
    name: 'wide-100k-columns.csv',
    mimeType: CSV,
    bytes: () => wideCsv(100_000),
    expect: { error: /more than 16,384 columns/, code: 'too-many-columns' },
  },
  {
    name: 'huge-50mb-cell.csv',
    mimeType: CSV,
    bytes: () => hugeCellCsv(50 * MiB),
    expect: {
      rows: 2,
      columns: 2,
      headers: ['id', 'note'],
      gridShows: ['short'],
      warning: /1 very long cells were shortened/,
    },
  },
  {
    name: 'utf8-then-gbk.csv',
    mimeType: CSV,
    bytes: utf8ThenGbk,
    expect: { error: /UTF-8 until line 6,002/, code: 'mixed-encoding' },
  },
  {
    name: 'utf8-then-gbk-small.csv',
    mimeType: CSV,
    bytes: () => Buffer.concat([utf8('name,city\n城市,上海\n'), GBK_ROW]),
    expect: { error: /UTF-8 until line 3/, code: 'mixed-encoding' },
  },
  {
    name: 'utf16le-no-bom.txt',
    mimeType: 'text/plain',
    bytes: () => utf16le('region\tspend\r\n华东\t12.5\r\n华南\t8.25\r\n'),
    expect: { rows: 2, columns: 2, headers: ['region', 'spend'], gridShows: ['华东'] },
  },
  csv('script-and-formula-cells.csv', hostileCsv, {
    rows: HOSTILE_CELLS.length,
    columns: 3,
    gridShows: [...HOSTILE_CELLS],
  }),
  csv(
    'html-headers.csv',
    `${csvField(HOSTILE_CELLS[0])},${csvField(HOSTILE_CELLS[2])}\n1,2\n3,4\n`,
    {
      rows: 2,
      columns: 2,
      headers: [HOSTILE_CELLS[0], HOSTILE_CELLS[2]],
    },
  ),
  csv('long-header.csv', `${LONG_HEADER},b\n1,2\n3,4\n`, {
    rows: 2,
    columns: 2,
    headers: [LONG_HEADER, 'b'],
  }),
  csv('rtl-and-emoji.csv', `${RTL},${EMOJI},n\n${RTL}x,${EMOJI},1\n2,😀,2\n`, {
    rows: 2,
    columns: 3,
    headers: [RTL, EMOJI, 'n'],
    gridShows: [`${RTL}x`, '😀'],
  }),
  csv('special-numbers.csv', 'x,y\n1e309,1\n-0,2\nNaN,3\nInfinity,4\n5,5\n-Infinity,6\n', {
    rows: 6,
    columns: 2,
    headers: ['x', 'y'],
    types: { x: 'categorical', y: 'numeric' },
  }),
  csv(
    'overflowing-numbers.csv',
    `x,y\n${Array.from({ length: 600 }, (_, i) => `${(i * 1.37).toFixed(2)},${i}`).join('\n')}\n1e309,1\n-1e309,2\n`,
    {
      rows: 602,
      columns: 2,
      types: { x: 'numeric', y: 'numeric' },
      warning: /“x”: 2 values could not be read/,
      notShown: /Infinity|∞/,
    },
  ),
  {
    name: 'special-numbers.xlsx',
    mimeType: XLSX,
    bytes: () =>
      xlsxOf([
        ['x', 'y'],
        ...Array.from({ length: 800 }, (_, i) => [
          { number: (i * 1.37).toFixed(2) },
          { number: String(i) },
        ]),
        [{ number: '1e309' }, { number: '1' }],
        [{ number: 'Infinity' }, { number: '2' }],
        [{ number: 'NaN' }, { number: '3' }],
      ]),
    expect: {
      rows: 803,
      warning: /could not be read/,
      columns: 2,
      types: { x: 'numeric', y: 'numeric' },
      notShown: /Infinity|∞/,
    },
  },
  csv('ten-thousand-empty-lines.csv', `a,b\n1,2\n${'\n'.repeat(10_000)}3,4\n`, {
    rows: 2,
    columns: 2,
    warning: /10,?000 empty lines/,
  }),
  csv('json-in.txt', '{"a": 1, "b": [1, 2, {"__proto__": {"polluted": true}}]}\n', {
    error: /no data rows/,
    code: 'header-only',
  }),
  csv(
    'svg-image.csv',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=1</script></svg>\n',
    {
      error: /no data rows/,
      code: 'header-only',
    },
  ),
  csv('document.pdf', '%PDF-1.4\n', { error: /not supported/, code: 'unsupported-format' }),
  {
    name: 'over-the-cap.csv',
    mimeType: CSV,
    bytes: () => Buffer.alloc(2 * MiB, 'a,b\n'),
    expect: { error: /larger than the 1\.0 MB limit/, code: 'too-large' },
    query: '?maxMB=1',
  },
];
