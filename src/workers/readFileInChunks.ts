/** 4 MiB slices: big enough to parse efficiently, small enough for smooth progress. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Reads a File slice by slice, so a large file is never held twice in memory. */
export async function* readFileInChunks(file: Blob): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const buffer = await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
    yield new Uint8Array(buffer);
  }
}
