/**
 * Saves text as a file the way every browser supports: a Blob, an object URL and a
 * temporary <a download>. The File System Access API would ask for a place, but only
 * Chromium has it, and a persona is small enough for the downloads folder.
 */

/**
 * Revoking the URL in the same task as the click cancels the download in some browsers;
 * browser-fs-access (excalidraw's file saver) waits 30 s, long enough for any of them.
 */
export const REVOKE_AFTER_MS = 30_000;

export function downloadText(filename: string, text: string, type = "application/json"): void {
  downloadFile(filename, text, type);
}

/** Text or bytes (a card PNG) alike. */
export function downloadFile(filename: string, content: string | Uint8Array, type: string): void {
  // A copy into a plain ArrayBuffer: Blob refuses views over a SharedArrayBuffer in its types.
  const part = typeof content === "string" ? content : content.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Firefox ignores clicks on links that are not in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
