/** Saves a blob as a file through a temporary link, the way a browser download starts. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; revoking later would only hold the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
