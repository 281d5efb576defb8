import * as Comlink from 'comlink';
import { readFileInChunks } from './readFileInChunks';
import { importWithProgress } from '../core/data/importStream';
import { profileColumn } from '../core/data/profile';
import { columnsBuffers, tableBuffers } from '../core/data/tableBuffers';
import { convertColumn } from '../core/data/infer/convertColumn';
import type { ImportWorkerApi } from './importApi';

const api: ImportWorkerApi = {
  async importFile(file, options, onProgress) {
    const result = await importWithProgress(
      file.name,
      file.size,
      readFileInChunks(file),
      options,
      onProgress,
    );
    if (!result.ok) return result;
    const { table } = result.value;
    const profiles = table.columns.map((c) => profileColumn(c, table.rowCount));
    return Comlink.transfer(
      { ok: true, value: { ...result.value, profiles } },
      tableBuffers(table),
    );
  },
  async retypeColumn(column, type, rowCount) {
    const { column: retyped, unparsed } = convertColumn(column, type, rowCount);
    const profile = profileColumn(retyped, rowCount);
    return Comlink.transfer({ column: retyped, profile, unparsed }, columnsBuffers([retyped]));
  },
};

Comlink.expose(api);
