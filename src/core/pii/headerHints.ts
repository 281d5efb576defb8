import type { PiiKind } from './piiTypes';

// Headers in English and Chinese that say what a column holds. Name hints are a closed list:
// "product name" or "city name" must not make a column personal.
const HINTS: readonly { readonly kind: PiiKind; readonly pattern: RegExp }[] = [
  { kind: 'email', pattern: /e-?mail|邮箱|电子邮件|邮件地址/i },
  {
    kind: 'national-id',
    pattern: /id[\s_-]?card|national[\s_-]?id|resident[\s_-]?id|citizen[\s_-]?id|身份证|证件号/i,
  },
  {
    kind: 'phone',
    pattern: /phone|mobile|(?:^|[^a-z])(?:tel|cell)(?:[^a-z]|$)|手机|电话|联系方式|联系电话/i,
  },
  {
    kind: 'address',
    pattern: /^(?!.*\b(?:ip|mac|url|web|ipv[46])\b).*(?:address|street|\baddr\b|地址|住址|街道)/i,
  },
  {
    kind: 'name',
    pattern:
      /^(?:(?:full|first|last|given|family|middle|customer|client|contact|person|user|employee|patient)[\s_-]?)?name$|^(?:surname|forename|contact|姓名|名字|联系人|客户姓名|收件人|收货人|客户名称?)$|姓名|联系人/i,
  },
];

/** The kind of personal data a header names, or null. */
export function headerHint(header: string): PiiKind | null {
  const text = header.trim();
  return HINTS.find((hint) => hint.pattern.test(text))?.kind ?? null;
}
