// «Åpne egne data» (issues 13 and 22), the page's side: browser glue loaded on first need by the page
// (src/app/own_data.rs, from the page's manifest: `egne-data-view`) and precached by the service
// worker. Bundled by scripts/build-map.mjs into build/own-data-view.js.
//
// The import worker (src/bin/import_worker/) reads, checks and keeps the reader's files, and
// words and draws everything shown here (its HTML comes from render::own_data_html, with every
// name and message escaped): this file only starts it, shows the dialog, hands it the files
// chosen or dropped, puts its replies in place, offers the downloads, keeps the note in
// localStorage that tells a page at its start that own data are kept, and gives the page the
// data to show. It has no words of its own.
//
//   agmOwnData.connect({published, show, note, words: {workerFailed, cancelled,
//     forgottenElsewhere, openButton}})   once, first
//     published: the page's data as their snapshot (the worker checks files against them)
//     show(snapshot | null, banner | null, notice | null, focus | null): the page mounts itself
//       anew on these data (null: the published), with the banner's HTML, a notice for the
//       reader, and the id of the element to focus
//     note(text): a notice on the page as it is
//   agmOwnData.openDialog()   agmOwnData.restore()
//   agmOwnData.back()         agmOwnData.forget()
//
// Every opening can be abandoned: «Avbryt» and «Glem dataene» end the worker (a new one starts
// on the next request), and so does a failed opening, which gives its memory back. Another
// tab's opening or forgetting reaches this one through the note's `storage` event.
//
// Nothing leaves the machine: neither this file nor the worker makes a request.

import { saveFile } from './save-file.js';
import { named, inPageLanguage } from './page-meta.js';
import { workerChannel } from './worker-channel.js';

/// The note for the page's start (src/app/kept_note.rs reads it): `vist` or `lagret`, the time
/// in whole milliseconds, then one file name per line.
const NOTE = 'agm-egne-data';
/// Opening that takes longer than this shows its progress bar.
const PROGRESS_AFTER = 300;

let page = null;
let dialog = null;
let opening = false;
/// The timer that shows the progress of an opening under way.
let progressTimer = null;
/// The last fault report (a Blob from the worker).
let report = null;
/// When the own data this page shows were opened (the note's time), or null on the published.
let shownAt = null;

function readNote() {
  try {
    const [shown, openedAt, ...files] = (localStorage.getItem(NOTE) ?? '').split('\n');
    if ((shown !== 'vist' && shown !== 'lagret') || !files.length) return null;
    return { shown: shown === 'vist', openedAt: Number(openedAt), files };
  } catch {
    return null;
  }
}

/// Whether the note could be written (a browser may refuse storage).
function writeNote(shown, openedAt, files) {
  try {
    localStorage.setItem(NOTE, [shown ? 'vist' : 'lagret', Math.round(openedAt), ...files.map((f) => f.replace(/[\r\n]/g, ' '))].join('\n'));
    return true;
  } catch {
    return false;
  }
}

function removeNote() {
  try {
    localStorage.removeItem(NOTE);
  } catch {}
}

/// The import worker: started on the first request, anew after «Avbryt», «Glem dataene», a
/// failed opening or a failure (then every waiting request gets `{kind: 'unavailable'}`).
/// Replies with a `step` are progress: more follow.
const channel = workerChannel({
  url: () => inPageLanguage('import-worker'),
  unavailable: { kind: 'unavailable' },
  more: (reply) => reply.step != null,
});

/// Ends the worker, with whatever it was doing (an opening under way) and the memory it holds;
/// the next request starts a new one. Waiting requests are not answered.
const stopWorker = () => channel.stop();

/// Sends `message` and calls `onReply` with each reply (several while files are opened).
const ask = (message, onReply) => channel.send(message, onReply);

const save = (filename, type, text) => saveFile(filename, new Blob([text], { type }));

const statusPart = () => dialog?.querySelector('.own-status');

function setStatus(html) {
  const status = statusPart();
  if (status) status.innerHTML = html;
}

function notice(text) {
  if (!dialog) return;
  const note = document.createElement('p');
  note.className = 'own-notice';
  note.textContent = text;
  statusPart()?.replaceChildren(note);
}

/// The dialog, made on first need from the worker's HTML.
function withDialog(then) {
  if (dialog) return then(dialog);
  const note = readNote();
  const kept = note && !note.shown ? { files: note.files, openedAt: note.openedAt } : null;
  ask({ kind: 'dialog', kept }, (reply) => {
    if (reply.kind !== 'dialog') {
      page.note(page.words.workerFailed);
      return;
    }
    if (dialog) return then(dialog);
    dialog = document.createElement('dialog');
    dialog.className = 'own-data-dialog';
    dialog.setAttribute('aria-labelledby', reply.labelledBy);
    dialog.innerHTML = `${reply.fixed}<div class="own-status" role="status">${reply.kept ?? ''}</div>${reply.actions}`;
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('change', onChange);
    // Files dropped anywhere on the dialog open as if chosen; the drop zone shows it meanwhile.
    const zone = dialog.querySelector('.drop-zone');
    const carriesFiles = (event) => event.dataTransfer?.types?.includes('Files');
    dialog.addEventListener('dragover', (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      zone?.classList.add('dragging');
    });
    dialog.addEventListener('dragleave', (event) => {
      if (!dialog.contains(event.relatedTarget)) zone?.classList.remove('dragging');
    });
    dialog.addEventListener('drop', (event) => {
      zone?.classList.remove('dragging');
      if (!carriesFiles(event)) return;
      event.preventDefault();
      open([...event.dataTransfer.files]);
    });
    document.body.append(dialog);
    then(dialog);
  });
}

function openDialog() {
  withDialog((d) => {
    if (!d.open) d.showModal();
  });
}

function onClick(event) {
  const action = event.target.closest?.('[data-action]')?.getAttribute('data-action');
  switch (action) {
    case 'choose':
      dialog.querySelector('input[type=file]')?.click();
      break;
    case 'template':
    case 'guide':
      ask({ kind: 'template', published: page.published }, (reply) => {
        if (reply.kind !== 'template') return notice(page.words.workerFailed);
        if (action === 'guide') save(reply.guideName, 'text/plain;charset=utf-8', reply.guide);
        else save(reply.csvName, 'text/csv;charset=utf-8', reply.csv);
      });
      break;
    case 'report':
      if (report) saveFile(dialog.dataset.reportName ?? 'feilrapport.txt', report);
      break;
    case 'show-kept':
      dialog.close();
      restore();
      break;
    case 'forget':
      dialog.close();
      forget();
      break;
    case 'cancel':
      cancel();
      break;
    case 'close':
      dialog.close();
      break;
  }
}

function onChange(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  const files = [...(input.files ?? [])];
  // The same file can be chosen again once it is mended.
  input.value = '';
  open(files);
}

/// Opens files (chosen, or dropped on the dialog): the dialog shows their progress and any faults; opened, the
/// page shows them.
function open(files) {
  if (opening || !files.length) return;
  withDialog((d) => {
    if (!d.open) d.showModal();
    opening = true;
    setStatus('');
    d.setAttribute('aria-busy', 'true');
    let progress = null;
    let late = false;
    progressTimer = setTimeout(() => {
      late = true;
      if (opening && progress) setStatus(progress);
    }, PROGRESS_AFTER);
    ask({ kind: 'open', files, published: page.published, xlsx: named('xlsx-reader') }, (reply) => {
      if (reply.step != null) {
        progress = reply.html;
        if (late) setStatus(progress);
        return;
      }
      openingDone();
      if (reply.kind === 'opened') {
        // Without the note no later page would find the data: then they are not kept at all,
        // and the banner says so (shown for this visit only).
        const kept = reply.stored && writeNote(true, reply.openedAt, reply.files);
        if (!kept) {
          removeNote();
          if (reply.stored) ask({ kind: 'forget' }, () => {});
        }
        setStatus('');
        d.close();
        shownAt = kept ? Math.round(reply.openedAt) : null;
        page.show(reply.snapshot, kept ? reply.banner : reply.bannerUnkept, null, reply.focus);
      } else if (reply.kind === 'failed') {
        report = reply.report;
        d.dataset.reportName = reply.reportName;
        setStatus(reply.html);
        // The files' bytes and what was made of them go with the worker.
        stopWorker();
      } else {
        notice(page.words.workerFailed);
      }
    });
  });
}

/// The opening under way has ended: no longer busy, no progress to come.
function openingDone() {
  opening = false;
  clearTimeout(progressTimer);
  dialog?.removeAttribute('aria-busy');
}

/// «Avbryt» while files are opened: the worker is ended (it may be deep in a large file), and
/// the page is as before.
function cancel() {
  if (!opening) return;
  stopWorker();
  openingDone();
  notice(page.words.cancelled);
}

/// The kept data shown again (at the start of a page whose note says so, or «Vis dem igjen»).
function restore() {
  ask({ kind: 'restore' }, (reply) => {
    if (reply.kind === 'opened') {
      writeNote(true, reply.openedAt, reply.files);
      shownAt = Math.round(reply.openedAt);
      page.show(reply.snapshot, reply.banner, null, null);
    } else if (reply.kind === 'nothing' || reply.kind === 'unreadable') {
      removeNote();
      shownAt = null;
      page.show(null, null, reply.notice ?? null, null);
    } else {
      // The worker cannot be had (offline before it was kept): the note stays for next time.
      page.show(null, null, page.words.workerFailed, null);
    }
  });
}

/// «Tilbake til publiserte tall»: the published data; the own stay kept.
function back() {
  const note = readNote();
  if (note) writeNote(false, note.openedAt, note.files);
  dialog?.remove();
  dialog = null;
  shownAt = null;
  page.show(null, null, null, page.words.openButton);
}

/// «Glem dataene»: removed from the machine, the published data shown. It always works: the
/// worker is ended first (whatever it was doing) and a new one removes the data. Should the
/// removal fail, the page says so and the note is put back, so that «Glem dataene» is offered
/// again.
function forget() {
  const note = readNote();
  removeNote();
  stopWorker();
  openingDone();
  dialog?.remove();
  dialog = null;
  shownAt = null;
  ask({ kind: 'forget' }, (reply) => {
    if (reply.kind === 'forgetFailed' && note) writeNote(false, note.openedAt, note.files);
    const said = reply.kind === 'forgotten' || reply.kind === 'forgetFailed' ? reply.notice : page.words.workerFailed;
    page.show(null, null, said, page.words.openButton);
  });
}

/// Another tab opened or forgot own data (its note changed): a page that shows own data shows
/// what is kept now, or the published figures with a notice, never a banner over data that
/// are gone; a dialog's account of what is kept is made anew when it next opens.
function otherTabChanged(event) {
  if (event.key !== NOTE && event.key !== null) return;
  if (dialog && !dialog.open && !opening) {
    dialog.remove();
    dialog = null;
  }
  if (shownAt == null) return;
  const note = readNote();
  if (!note) {
    shownAt = null;
    page.show(null, null, page.words.forgottenElsewhere, null);
  } else if (Math.round(note.openedAt) !== shownAt) {
    restore();
  }
}
window.addEventListener('storage', otherTabChanged);

window.agmOwnData = {
  connect(connection) {
    page = connection;
  },
  openDialog,
  restore,
  back,
  forget,
};
