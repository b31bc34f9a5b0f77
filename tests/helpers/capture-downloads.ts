import { vi } from "vitest";

/** What the page handed the browser to download: each Blob, and each link clicked to save one. */
export interface CapturedDownloads {
  blobs: Blob[];
  links: HTMLAnchorElement[];
}

/**
 * jsdom has no object URLs and would try to navigate on a link click: both are captured instead,
 * the n-th Blob getting the URL "blob:export-n". Undone by vi.restoreAllMocks().
 */
export function captureDownloads(): CapturedDownloads {
  const captured: CapturedDownloads = { blobs: [], links: [] };
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    captured.blobs.push(blob as Blob);
    return `blob:export-${captured.blobs.length}`;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    captured.links.push(this);
  });
  return captured;
}
