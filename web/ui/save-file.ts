/** Hands bytes made in the browser to the user as a download under the given name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL to the download; revoking it later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
