import * as Comlink from 'comlink';
import { csvPartBuffers } from '../core/data/csv/csvPartTypes';
import { parsePartOfFile } from '../core/data/csv/parseCsvInParts';
import { typeColumnParts } from '../core/data/csv/typeColumnParts';
import { typedColumnBuffers, typedColumnToWire } from '../core/data/csv/typedColumnWire';
import { profileColumn } from '../core/data/profile';
import type { CsvPartWorkerApi, ProfiledColumn } from './csvPartApi';

const api: CsvPartWorkerApi = {
  async parsePart(file, task, onProgress) {
    const read = async (start: number, end: number) =>
      new Uint8Array(await file.slice(start, end).arrayBuffer());
    const part = await parsePartOfFile(task, file.size, read, onProgress);
    return Comlink.transfer(part, csvPartBuffers(part));
  },
  typeColumn(task) {
    const typed = typeColumnParts(task);
    const profile = profileColumn(typed.column, task.rowCount);
    const profiled: ProfiledColumn = { typed: typedColumnToWire(typed), profile };
    return Promise.resolve(Comlink.transfer(profiled, typedColumnBuffers(profiled.typed)));
  },
};

Comlink.expose(api);
