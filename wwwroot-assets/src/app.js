// Small helpers the Razor components call through JS interop (ES module, imported lazily).

/** Marks the document once the Blazor circuit is interactive (browser tests wait for it). */
export function markInteractive() {
  document.documentElement.dataset.interactive = "true";
}

/** Saves a file produced on the server (CSV/XLSX bytes) without a second request. */
export function downloadFile(fileName, contentType, bytes) {
  const blob = new Blob([bytes], { type: contentType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function print() {
  window.print();
}
