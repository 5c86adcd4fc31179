// Offers a Blob as a file download (for the page's scripts loaded on first need).
export function saveFile(filename, blob) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked a while after the click, not at once: some Firefox and Safari versions drop a
  // download whose URL is revoked before they have begun to read it.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
}

/// How long a download's object URL lives after the click (milliseconds).
export const REVOKE_AFTER = 60_000;
