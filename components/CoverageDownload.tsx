/** Saves text as a file through the browser's own download, without any permission or network request. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the object URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `tilsvar-<what>-2025-03-01.csv`: sortable, and free of characters some file systems refuse. */
export const exportFileName = (what: string, extension: string, now = new Date()) =>
  `tilsvar-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
