import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(REPO, 'src');
const DOC = join(REPO, 'docs', 'test-ids.md');
/** Beside the repository on the team's machines; a fresh clone in CI has no `../shared`. */
const CONTRACT = resolve(REPO, '..', 'shared', 'ui-contract.md');
const CONTRACT_SECTION = 'From the UI contract';
const ADDED_SECTION = 'Added by SheetSense';
const EXTRAS_SECTION = 'Attributes added to contract ids';

/** What one source file says about test ids. */
interface SourceIds {
  /** Ids written out whole. */
  readonly ids: string[];
  /** Ids built from template literals, each `${…}` written as `*`. */
  readonly patterns: string[];
  /** `line: value` of ids given by an expression the reader cannot follow. */
  readonly unreadable: string[];
}

/** Where an id is given; the value follows the match. */
const SITES = new RegExp(
  [
    String.raw`data-testid=(?!=)`, // JSX attribute
    String.raw`(['"])data-testid\1\s*:\s*`, // object key, spread onto an element
    String.raw`setAttribute\(\s*(['"])data-testid\2\s*,\s*`,
    String.raw`dataset\.testid\s*=(?!=)\s*`,
    // A component's testId-named prop, or such a key with a string: the component puts it on its
    // element. Type annotations (`readonly testId: string`) are not followed by a string.
    String.raw`\b\w*[tT]estId(?:=(?!=)|\s*:\s*(?=['"\x60]))`,
  ].join('|'),
  'g',
);

/** A testId-named variable or prop (`testId`, `props.buttonTestId`): the id is checked where it is given. */
const FORWARDED = /^[\w.?]*testid$/i;

/** The raw value that starts at `start`: a quoted string, a template, a `{…}` block, or up to a delimiter. */
function valueAt(text: string, start: number): string {
  const open = text[start];
  if (open === '"' || open === "'") return text.slice(start, text.indexOf(open, start + 1) + 1);
  if (open !== '{' && open !== '`') return /^[^,;)}\n]*/.exec(text.slice(start))?.[0] ?? '';
  // Braces balance inside a template's `${…}` too, so counting them finds the end of either.
  let depth = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    const closes = open === '`' ? char === '`' && depth === 0 : depth < 0;
    if (closes) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** `none`: the value gives no id here (a forwarded prop, or a look-up by variable). */
type Reading = { kind: 'id' | 'pattern' | 'unreadable'; value: string } | { kind: 'none' };

/** What an id's value is: a literal id, a pattern, none, or something unreadable. */
function readValue(raw: string): Reading {
  const value = raw.trim();
  const quoted = /^(?:'([^']*)'|"([^"]*)"|`([^`]*)`)$/.exec(value);
  if (quoted) {
    const body = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
    if (!body.includes('${')) return { kind: 'id', value: body };
    const pattern = body.replace(/\$\{[^}]*\}/g, '*');
    // `[data-testid="${id}"]` inside a template looks an element up; it gives it no id.
    const lookup = pattern === '*' && quoted[3] === undefined;
    return lookup ? { kind: 'none' } : { kind: 'pattern', value: pattern };
  }
  if (value.startsWith('{') && value.endsWith('}')) return readValue(value.slice(1, -1));
  return FORWARDED.test(value) ? { kind: 'none' } : { kind: 'unreadable', value };
}

/** The test ids a source file writes. */
function testIdsIn(text: string): SourceIds {
  const found: SourceIds = { ids: [], patterns: [], unreadable: [] };
  for (const site of text.matchAll(SITES)) {
    const reading = readValue(valueAt(text, site.index + site[0].length));
    if (reading.kind === 'id') found.ids.push(reading.value);
    if (reading.kind === 'pattern') found.patterns.push(reading.value);
    if (reading.kind === 'unreadable') {
      const line = text.slice(0, site.index).split('\n').length;
      found.unreadable.push(`${line}: ${reading.value}`);
    }
  }
  return found;
}

/** Backticked names in the first cell of each table row, by `##` section. */
function tableIdsBySection(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## (.+)/.exec(line);
    if (heading) section = heading[1]?.trim() ?? '';
    if (!line.startsWith('|')) continue;
    const firstCell = line.split(/(?<!\\)\|/)[1] ?? '';
    const ids = [...firstCell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    sections.set(section, [...(sections.get(section) ?? []), ...ids]);
  }
  return sections;
}

/** Every test id and pattern written in the app's sources, each with the files that write it. */
function idsInSources(): { byId: Map<string, string[]>; unreadable: string[] } {
  const byId = new Map<string, string[]>();
  const unreadable: string[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
  for (const file of files) {
    const found = testIdsIn(readFileSync(join(SRC, file), 'utf8'));
    for (const id of [...found.ids, ...found.patterns]) {
      byId.set(id, [...(byId.get(id) ?? []), `src/${file}`]);
    }
    unreadable.push(...found.unreadable.map((entry) => `src/${file}:${entry}`));
  }
  return { byId, unreadable };
}

describe('reading test ids from source', () => {
  it('reads ids from attributes, object keys and testId props', () => {
    const source = [
      '<p data-testid="plain" /><p data-testid={\'braced\'} />',
      "const common = { 'data-testid': 'spread', 'data-model': kind };",
      '<Note testId="note-id" buttonTestId="note-button" />',
      "element.setAttribute('data-testid', 'set-by-dom');",
      'root.querySelector(\'[data-testid="looked-up"]\');',
    ].join('\n');
    expect(testIdsIn(source).ids).toEqual([
      'plain',
      'braced',
      'spread',
      'note-id',
      'note-button',
      'set-by-dom',
      'looked-up',
    ]);
  });

  it('reads template literals as patterns', () => {
    const source = '<g data-testid={`chart-${props.kind}-plot`} testId={`row-${index}`} />';
    expect(testIdsIn(source).patterns).toEqual(['chart-*-plot', 'row-*']);
  });

  it('leaves forwarded props, types and look-ups by variable alone', () => {
    const source = [
      'readonly testId: string;',
      'readonly buttonTestId?: string;',
      '<figure data-testid={testId} /><button data-testid={props.buttonTestId} />',
      '<Scatter testId={props.testId} />',
      'const selector = `[data-testid="${id}"]`;',
      "if (figure.dataset.testid === 'chart-roc') return;",
    ].join('\n');
    expect(testIdsIn(source)).toEqual({ ids: [], patterns: [], unreadable: [] });
  });

  it('flags ids given by any other expression, with their line', () => {
    const source = "<p\n  data-testid={open ? 'open' : 'closed'}\n/>";
    expect(testIdsIn(source).unreadable).toEqual(["2: open ? 'open' : 'closed'"]);
  });

  it('reads the first cell of table rows by section', () => {
    const markdown = [
      '## One',
      '| test id | element |',
      '| --- | --- |',
      '| `a`, `b` / `c` | a `note` in another cell |',
      '### Sub',
      '| `d` | with `\\|` escaped |',
      '## Two',
      '| `e` | |',
    ].join('\n');
    expect(Object.fromEntries(tableIdsBySection(markdown))).toEqual({
      One: ['a', 'b', 'c', 'd'],
      Two: ['e'],
    });
  });
});

describe('docs/test-ids.md', () => {
  const doc = tableIdsBySection(readFileSync(DOC, 'utf8'));
  const contractList = doc.get(CONTRACT_SECTION) ?? [];
  const added = doc.get(ADDED_SECTION) ?? [];
  const { byId, unreadable } = idsInSources();

  it('documents every test id the app writes', () => {
    const documented = new Set([...contractList, ...added]);
    const missing = [...byId].filter(([id]) => !documented.has(id));
    const report = missing.map(([id, files]) => `${id} (${files.join(', ')})`).join('; ');
    expect(
      missing.map(([id]) => id),
      `undocumented test ids: ${report}`,
    ).toEqual([]);
  });

  it('can read every test id the app writes', () => {
    expect(unreadable, 'write these ids as literals or pass them in a testId prop').toEqual([]);
  });

  it('lists no added id that the app no longer writes', () => {
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('lists each id once, the contract ones only in the contract list', () => {
    const all = [...contractList, ...added];
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('lists extra attributes for contract ids only', () => {
    const extras = doc.get(EXTRAS_SECTION) ?? [];
    expect(extras.length).toBeGreaterThan(0);
    expect(extras.filter((id) => !contractList.includes(id))).toEqual([]);
  });

  it.skipIf(!existsSync(CONTRACT))('lists exactly the ids of ../shared/ui-contract.md', () => {
    const contract = [...tableIdsBySection(readFileSync(CONTRACT, 'utf8')).values()].flat();
    const notListed = contract.filter((id) => !contractList.includes(id));
    const notInContract = contractList.filter((id) => !contract.includes(id));
    expect({ notListed, notInContract }).toEqual({ notListed: [], notInContract: [] });
  });
});
