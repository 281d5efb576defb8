import { fail, ok, type Result } from '../result';
import type { FileFormat, ImportError } from './importTypes';

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab', '']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Decides how to read a file from its name and first bytes. The bytes win over the name: Excel
 * "exports" are often CSV or HTML named .xls, and a workbook renamed .csv is still a workbook.
 */
export function detectFileFormat(
  fileName: string,
  head: Uint8Array,
): Result<FileFormat, ImportError> {
  const extension = fileExtension(fileName);
  const known = TEXT_EXTENSIONS.has(extension) || extension === 'xlsx' || extension === 'xls';
  if (!known) return fail({ code: 'unsupported-format', extension });
  if (startsWith(head, ZIP_MAGIC)) return ok('xlsx');
  if (startsWith(head, CFB_MAGIC)) return ok('xls');
  return ok('csv');
}
