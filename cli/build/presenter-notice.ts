/**
 * The presenter view of a single-file deck keeps the audience window in step through a
 * BroadcastChannel. Between two windows of a file opened from disk that depends on the
 * browser: Chromium 156 and Firefox ESR 153 deliver it (tried here), a browser that gives
 * every file: window an origin of its own would not. Rather than guess from the browser,
 * each window of the deck answers a probe on a channel of its own: the presenter view asks
 * every two seconds, and while no audience window answers it says so, with what to do,
 * instead of leaving the presenter to wonder why the room does not see the slide change.
 * A classic inline script, independent of Slidev's code.
 */
import type { Plugin } from 'vite'

export const NOTICE_ID = 'bx-presenter-notice'
export const PROBE_CHANNEL = 'bx-presenter-probe'

export interface NoticeWords {
  /** No audience window answers (yet). */
  alone: string
  /** The browser has no BroadcastChannel at all. */
  unsupported: string
  close: string
}

export const NOTICE_TEXT: Record<string, NoticeWords> = {
  nl: {
    alone: 'Geen publieksvenster volgt deze presentatorweergave. Open dit bestand nog eens, in een tweede venster voor het scherm in de zaal. Blijft deze melding staan terwijl dat venster open is, dan laat deze browser twee vensters van een bestand van schijf niet met elkaar praten: presenteer dan vanuit Chrome, Edge, Chromium of Firefox, of alleen met de dia\'s.',
    unsupported: 'Deze browser kan twee vensters niet met elkaar laten praten: het publieksvenster volgt deze presentatorweergave niet. Presenteer vanuit Chrome, Edge, Chromium of Firefox, of alleen met de dia\'s.',
    close: 'Sluiten',
  },
  fr: {
    alone: 'Aucune fenêtre pour le public ne suit cette vue présentateur. Ouvrez ce fichier une deuxième fois, dans une fenêtre pour l\'écran de la salle. Si ce message reste affiché alors que cette fenêtre est ouverte, ce navigateur ne laisse pas deux fenêtres d\'un fichier ouvert depuis le disque communiquer : présentez depuis Chrome, Edge, Chromium ou Firefox, ou avec les seules diapositives.',
    unsupported: 'Ce navigateur ne permet pas à deux fenêtres de communiquer : la fenêtre du public ne suit pas cette vue présentateur. Présentez depuis Chrome, Edge, Chromium ou Firefox, ou avec les seules diapositives.',
    close: 'Fermer',
  },
  en: {
    alone: 'No audience window is following this presenter view. Open this file once more, in a second window for the screen in the room. If this message stays while that window is open, this browser does not let two windows of a file opened from disk talk to each other: present from Chrome, Edge, Chromium or Firefox, or with the slides alone.',
    unsupported: 'This browser cannot let two windows talk to each other: the audience window will not follow this presenter view. Present from Chrome, Edge, Chromium or Firefox, or with the slides alone.',
    close: 'Close',
  },
}

/** The notice's words for a deck language such as `nl`, `fr-BE`; English otherwise. */
export function noticeText(lang: string | undefined): NoticeWords {
  const key = (lang ?? '').toLowerCase().split('-')[0]!
  return NOTICE_TEXT[key] ?? NOTICE_TEXT.en!
}

/**
 * Source of the inline script. Every window of the deck that is not a presenter view
 * answers 'ping' with 'pong'. A presenter view (`#/presenter...`; the router gets there by
 * history.pushState, which fires no event, hence the timer) pings every `everyMs` and shows
 * the notice while it has had no answer for two rounds. The user can close it.
 */
export function presenterNoticeScript(words: NoticeWords, everyMs = 2000): string {
  return `(function () {
  var id = ${JSON.stringify(NOTICE_ID)}, words = ${JSON.stringify(words)}, every = ${everyMs};
  var since = Date.now(), answered = 0, pinged = 0, closed = false, channel = null;
  function presenting() { return /^#\\/presenter(?:[/?]|$)/.test(location.hash); }
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(${JSON.stringify(PROBE_CHANNEL)});
    channel.onmessage = function (event) {
      if (event.data === 'ping' && !presenting()) channel.postMessage('pong');
      if (event.data === 'pong') answered = Date.now();
    };
  }
  function show(text) {
    var box = document.getElementById(id);
    if (!text || closed) { if (box) box.remove(); return; }
    if (box || !document.body) return;
    box = document.createElement('div');
    box.id = id;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;right:0;padding:10px 48px 10px 16px;background:#fff4d6;color:#1c2533;border-bottom:2px solid #b07a12;font:15px/1.4 system-ui,sans-serif';
    var span = document.createElement('span');
    span.textContent = text;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = '\\u00D7';
    button.setAttribute('aria-label', words.close);
    button.style.cssText = 'position:absolute;top:6px;right:10px;font:20px/1 system-ui,sans-serif;background:none;border:0;cursor:pointer;color:inherit';
    button.addEventListener('click', function () { closed = true; show(''); });
    box.append(span, button);
    document.body.append(box);
  }
  function tick() {
    var now = Date.now();
    if (!presenting()) { since = now; show(''); return; }
    if (!channel) { show(words.unsupported); return; }
    if (now - pinged >= every) { pinged = now; channel.postMessage('ping'); }
    show(now - since > 2 * every && now - answered > 2 * every ? words.alone : '');
  }
  setInterval(tick, every / 4);
  tick();
})();`
}

/** Vite plugin for the single-file build: the notice script in the page's head. */
export function presenterNoticePlugin(lang: string | undefined): Plugin {
  return {
    name: 'bx:presenter-notice',
    transformIndexHtml: () => [{ tag: 'script', children: presenterNoticeScript(noticeText(lang)), injectTo: 'head' }],
  }
}
