import type { StateCreator } from 'zustand';
import { profileColumn } from '../core/data/profile';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { DataTable } from '../core/data/table';
import { detectPii } from '../core/pii/detectPii';
import type { PiiAction, PiiColumnAction, PiiFinding } from '../core/pii/piiTypes';
import { createPseudonymKey, toHex, type PseudonymKey } from '../core/pii/pseudonymise';
import {
  maskColumn,
  pseudonymiseColumn,
  replaceColumns,
  type ColumnReplacement,
} from '../core/pii/transformColumns';
import { clearPiiExportMemo } from './piiExport';
import { saveFile } from './saveFile';
import type { AppState } from './store';

export interface PiiSlice {
  /** Columns of the imported table that hold personal data. */
  piiFindings: readonly PiiFinding[];
  /** Chosen action per PII column, by column name (never object keys: headers are data). */
  piiActions: readonly PiiColumnAction[];
  /** The table and profiles as imported, so that a column can be switched back to "keep". */
  piiSource: { readonly table: DataTable; readonly profiles: readonly ColumnProfile[] } | null;
  /** This session's pseudonym key: in memory only, exported only when the user asks. */
  piiKey: PseudonymKey | null;
  /** Exports and the report show PII columns kept as they are unmasked (off by default). */
  piiExportRaw: boolean;
  /** True while pseudonyms are being computed. */
  piiBusy: boolean;
  /**
   * Finds PII columns in a freshly imported table (or takes `findings` the import worker found);
   * every action starts as "keep".
   */
  detectPii: (
    table: DataTable,
    profiles: readonly ColumnProfile[],
    findings?: readonly PiiFinding[],
  ) => void;
  setPiiAction: (column: string, action: PiiAction) => Promise<void>;
  setPiiExportRaw: (raw: boolean) => void;
  /** Downloads the session key (hex) so tokens can be reproduced later. */
  exportPiiKey: () => void;
  /** Drops findings, originals and the key. */
  forgetPii: () => void;
}

/** The action chosen for `column` ("keep" until the user picks another). */
export function piiActionOf(state: Pick<PiiSlice, 'piiActions'>, column: string): PiiAction {
  return state.piiActions.find((entry) => entry.column === column)?.action ?? 'keep';
}

/** Names of the PII columns, which start switched off as features. */
export function piiColumnNames(state: Pick<PiiSlice, 'piiFindings'>): string[] {
  return state.piiFindings.map((finding) => finding.column);
}

async function replacementFor(
  source: DataTable,
  finding: PiiFinding,
  action: PiiAction,
  key: PseudonymKey | null,
): Promise<ColumnReplacement | null> {
  const column = source.columns.find((candidate) => candidate.name === finding.column);
  if (!column || action === 'keep') return null;
  if (action === 'drop') return { column: finding.column, replacement: null };
  if (action === 'mask')
    return { column: finding.column, replacement: maskColumn(column, finding.kind) };
  if (!key) return null;
  return { column: finding.column, replacement: await pseudonymiseColumn(column, key) };
}

type Snapshot = NonNullable<PiiSlice['piiSource']>;

/**
 * The imported table with its non-PII columns as they are now (a retyped column stays retyped),
 * so PII actions always start from the original personal data.
 */
function baseOf(source: Snapshot, now: Snapshot | null, findings: readonly PiiFinding[]): Snapshot {
  if (!now) return source;
  const columns = source.table.columns.map((column, index) => {
    const isPii = findings.some((finding) => finding.column === column.name);
    const at = isPii ? -1 : now.table.columns.findIndex((c) => c.name === column.name);
    return {
      column: now.table.columns[at] ?? column,
      profile: now.profiles[at] ?? source.profiles[index],
    };
  });
  return {
    table: { ...source.table, columns: columns.map((entry) => entry.column) },
    profiles: columns.flatMap((entry) => entry.profile ?? []),
  };
}

/** Profiles of the transformed table: the base's own for untouched columns. */
function profilesFor(base: Snapshot, replacements: readonly ColumnReplacement[]): ColumnProfile[] {
  return base.table.columns.flatMap((column, index) => {
    const change = replacements.find((entry) => entry.column === column.name);
    if (change === undefined) return base.profiles[index] ?? [];
    if (change.replacement === null) return [];
    return [profileColumn(change.replacement, base.table.rowCount)];
  });
}

export const createPiiSlice: StateCreator<AppState, [], [], PiiSlice> = (set, get) => {
  let version = 0;
  return {
    piiFindings: [],
    piiActions: [],
    piiSource: null,
    piiKey: null,
    piiExportRaw: false,
    piiBusy: false,

    detectPii: (table, profiles, findings) => {
      version++;
      set({
        piiFindings: findings ?? detectPii(table),
        piiActions: [],
        piiSource: { table, profiles },
        piiBusy: false,
      });
    },

    setPiiAction: async (column, action) => {
      const { piiSource: source, piiFindings: findings, table: now, profiles } = get();
      if (!source || !findings.some((finding) => finding.column === column)) return;
      const mine = ++version;
      const actions = [
        ...get().piiActions.filter((entry) => entry.column !== column),
        { column, action },
      ];
      const pseudonymising = actions.some((entry) => entry.action === 'pseudonymise');
      set({ piiActions: actions, piiBusy: pseudonymising });
      const base = baseOf(source, now ? { table: now, profiles } : null, findings);
      const key = get().piiKey ?? (pseudonymising ? await createPseudonymKey() : null);
      const changes = await Promise.all(
        findings.map((finding) =>
          replacementFor(
            base.table,
            finding,
            piiActionOf({ piiActions: actions }, finding.column),
            key,
          ),
        ),
      );
      if (mine !== version) return; // a newer choice or a new dataset took over
      const replacements = changes.filter((change) => change !== null);
      const table = replaceColumns(base.table, replacements);
      const current = get();
      const targetName =
        current.targetIndex === null
          ? null
          : (current.table?.columns[current.targetIndex]?.name ?? null);
      set({ table, profiles: profilesFor(base, replacements), piiKey: key, piiBusy: false });
      get().resetSetup(table);
      const targetIndex = table.columns.findIndex((c) => c.name === targetName);
      if (targetIndex >= 0) get().setTarget(targetIndex);
    },

    setPiiExportRaw: (raw) => set({ piiExportRaw: raw }),

    exportPiiKey: () => {
      const key = get().piiKey;
      if (!key) return;
      const text = `HMAC-SHA-256 key (hex) behind the p_ tokens of this SheetSense session:\n${toHex(key.raw)}\n`;
      saveFile([text], 'sheetsense-pseudonym-key.txt', 'text/plain;charset=utf-8');
    },

    forgetPii: () => {
      version++;
      clearPiiExportMemo();
      set({
        piiFindings: [],
        piiActions: [],
        piiSource: null,
        piiKey: null,
        piiExportRaw: false,
        piiBusy: false,
      });
    },
  };
};
