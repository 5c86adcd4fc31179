// «Kopier bilde» and «Kopier lenke» (issue 27 §4), called by src/app/copy.rs with the pressed
// button, what to copy and the words to say (from the page's wording module).
//
// The clipboard is asked at once, inside the reader's press (the image as a promise of a PNG),
// as browsers that want a recent press require. Where it is refused (by the reader, the browser,
// or an origin without a secure context, which has no `navigator.clipboard`), the image is
// downloaded instead and the link is shown selected in a field. What happened is said in a
// `div.copy-note` (`role=status`) after the question's buttons: a `p` with the words and, for a
// refused link, an `input.copy-field` holding it.
import { svgToPngBlob } from './svg-to-png.js';
import { saveFile } from './save-file.js';

/// The explorer's and the organisation page's image: `svg` drawn as a PNG at twice its size.
/// Refused, the PNG is downloaded as the question's PNG download is named
/// (`arbeidsgivermonitoren-2017-QID.png`, src/app/figure.rs); `failed` is followed by the error.
export function copyImage(button, svg, width, height, copied, downloaded, failed) {
  return copyPng(button, svgToPngBlob(svg, width, height, 2, '#ffffff'), copied, downloaded, failed);
}

/// Copies `png` (a promise of the PNG's blob, which may still be drawn: the comparison page's
/// comes from its worker, web/map-view.js); refused, downloads it as `name`.
export function copyPng(button, png, copied, downloaded, failed, name = `arbeidsgivermonitoren-2017-${questionOf(button)}.png`) {
  return attempt(() => navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])).then(
    () => say(button, copied),
    () =>
      png.then(
        (blob) => {
          saveFile(name, blob);
          say(button, downloaded);
        },
        (error) => say(button, failed + error),
      ),
  );
}

export function copyLink(button, link, copied, inField) {
  return attempt(() => navigator.clipboard.writeText(link)).then(
    () => say(button, copied),
    () => say(button, inField, link),
  );
}

/// The question a button is in: its `article#q-QID`.
const questionOf = (button) => button.closest('article[id]')?.id.slice(2);

/// The clipboard's promise, or a rejected one where the call throws (no clipboard).
function attempt(call) {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}

/// Says `text` in the note after the button's group; with `link`, adds the field holding it,
/// named by the text, focused and selected (Ctrl+C then copies it). The note is made on first
/// use and filled a frame later, so that screen readers hear it as a live region's change.
function say(button, text, link) {
  const tools = button.parentElement;
  let note = tools.nextElementSibling;
  const made = !note || !note.classList.contains('copy-note');
  if (made) {
    note = document.createElement('div');
    note.className = 'copy-note';
    note.setAttribute('role', 'status');
    tools.after(note);
  }
  const fill = () => {
    const words = document.createElement('p');
    words.id = `${tools.closest('[id]')?.id ?? 'figur'}-kopiert`;
    words.textContent = text;
    note.replaceChildren(words);
    if (link !== undefined) {
      const field = document.createElement('input');
      field.className = 'copy-field';
      field.readOnly = true;
      field.value = link;
      field.setAttribute('aria-labelledby', words.id);
      note.append(field);
      field.focus();
      field.select();
    }
  };
  if (made) requestAnimationFrame(fill);
  else fill();
}
