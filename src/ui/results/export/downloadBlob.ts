import { saveFile } from '../../../state/saveFile';

/**
 * Offers bytes, text or a Blob as a download named `fileName`: a Blob behind an object URL, a
 * clicked anchor, and the URL revoked shortly after. No React, so any UI code can call it (the
 * store has the same helper in `state/saveFile.ts`, since state may not import ui).
 */
export function downloadBlob(
  content: Uint8Array | string | Blob,
  fileName: string,
  mimeType: string,
): void {
  saveFile([toBlobPart(content)], fileName, mimeType);
}

// A view on a SharedArrayBuffer (or a typed array typed over ArrayBufferLike) is not a BlobPart.
function toBlobPart(content: Uint8Array | string | Blob): BlobPart {
  if (typeof content === 'string' || content instanceof Blob) return content;
  return content.buffer instanceof ArrayBuffer
    ? new Uint8Array(content.buffer, content.byteOffset, content.byteLength)
    : new Uint8Array(content);
}
