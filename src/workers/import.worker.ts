import * as Comlink from 'comlink';
import { readFileInChunks } from './readFileInChunks';
import { columnsToWire, wireBuffers } from '../core/data/columnsOnWire';
import { SAMPLE_BYTES, importWithProgress } from '../core/data/importStream';
import { profileColumn } from '../core/data/profile';
import { convertColumn } from '../core/data/infer/convertColumn';
import { columnReceived } from '../core/data/textsForRetype';
import { detectPii } from '../core/pii/detectPii';
import { CsvPartPool, partsForCores } from './csvPartPool';
import { crashWorker } from './faultPlan';
import type { ImportedDatasetOnWire, ImportWorkerApi } from './importApi';
import { holdLifeline } from './lifeline';

const api: ImportWorkerApi = {
  holdLifeline,
  async importFile(file, options, onProgress, fault = null) {
    if (fault !== null) crashWorker(fault.how);
    // Large UTF-8 delimited files are parsed in parts by nested workers this one owns.
    const maxParts = partsForCores(navigator.hardwareConcurrency);
    const pool = new CsvPartPool(file, maxParts);
    try {
      const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
      const { runParts, typeColumns } = pool;
      const parsing = { sample, maxParts, runParts, typeColumns };
      const chunks = readFileInChunks(file);
      const result = await importWithProgress(
        file.name,
        file.size,
        chunks,
        options,
        onProgress,
        parsing,
      );
      if (!result.ok) return result;
      const { table, report } = result.value;
      // Profiles and the personal-data check run here, so the page only has to show them.
      const profiles = table.columns.map(
        (c) => pool.profileOf(c) ?? profileColumn(c, table.rowCount),
      );
      const piiFindings = detectPii(table);
      const columns = columnsToWire(table.columns);
      const { name, rowCount } = table;
      const value: ImportedDatasetOnWire = {
        name,
        rowCount,
        columns,
        report,
        profiles,
        piiFindings,
      };
      return Comlink.transfer({ ok: true, value }, wireBuffers(columns));
    } finally {
      pool.close();
    }
  },
  async retypeColumn(column, type, rowCount, texts) {
    const received = columnReceived(column, texts);
    const { column: retyped, unparsed } = convertColumn(received, type, rowCount);
    const profile = profileColumn(retyped, rowCount);
    const wire = columnsToWire([retyped]);
    return Comlink.transfer({ column: wire, profile, unparsed }, wireBuffers(wire));
  },
};

Comlink.expose(api);
