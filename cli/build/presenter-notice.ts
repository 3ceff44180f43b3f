/**
 * The presenter view of a single-file deck keeps its audience window in step through a
 * BroadcastChannel. Between two windows of a file opened from disk that works only where
 * the browser gives file: pages a shared origin (Chromium: `file://`). Where the origin is
 * opaque (`location.origin === 'null'`, as in browsers that give every file its own unique
 * origin), or there is no BroadcastChannel, each window is alone: the presenter view still
 * shows notes, next slide and timer, but the audience window does not follow. The file then
 * says so in the presenter view. A classic inline script, no dependency on Slidev's code.
 */
import type { Plugin } from 'vite'

export const NOTICE_ID = 'bx-presenter-notice'

export const NOTICE_TEXT: Record<string, { text: string, close: string }> = {
  nl: {
    text: 'Deze browser laat twee vensters van een bestand dat van schijf is geopend niet met elkaar praten: de presentatorweergave werkt alleen in dit venster, het venster voor het publiek volgt niet mee. Presenteer vanuit Chrome, Edge of Chromium, of gebruik alleen de dia\'s (zonder /presenter).',
    close: 'Sluiten',
  },
  fr: {
    text: 'Ce navigateur ne laisse pas deux fenêtres d\'un fichier ouvert depuis le disque communiquer : la vue présentateur ne fonctionne que dans cette fenêtre, la fenêtre du public ne suit pas. Présentez depuis Chrome, Edge ou Chromium, ou n\'utilisez que les diapositives (sans /presenter).',
    close: 'Fermer',
  },
  en: {
    text: 'This browser does not let two windows of a file opened from disk talk to each other: the presenter view works in this window only, the audience window will not follow. Present from Chrome, Edge or Chromium, or use the slides alone (without /presenter).',
    close: 'Close',
  },
}

/** The notice's words for a deck language such as `nl`, `fr-BE`; English otherwise. */
export function noticeText(lang: string | undefined): { text: string, close: string } {
  const key = (lang ?? '').toLowerCase().split('-')[0]!
  return NOTICE_TEXT[key] ?? NOTICE_TEXT.en!
}

/**
 * Source of the inline script. It checks every half second (the router moves between
 * views with history.pushState, which fires no event) whether the page shows the presenter
 * view (`#/presenter...`) in a window that cannot reach others, and shows or removes the
 * notice. The user can close it for the session.
 */
export function presenterNoticeScript(words: { text: string, close: string }): string {
  return `(function () {
  var id = ${JSON.stringify(NOTICE_ID)}, words = ${JSON.stringify(words)}, closed = false;
  function alone() {
    if (typeof BroadcastChannel === 'undefined') return true;
    return location.protocol === 'file:' && (!location.origin || location.origin === 'null');
  }
  function update() {
    var on = !closed && /^#\\/presenter(?:[/?]|$)/.test(location.hash) && alone();
    var box = document.getElementById(id);
    if (on && !box && document.body) {
      box = document.createElement('div');
      box.id = id;
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;right:0;padding:10px 48px 10px 16px;background:#fff4d6;color:#1c2533;border-bottom:2px solid #b07a12;font:15px/1.4 system-ui,sans-serif';
      var text = document.createElement('span');
      text.textContent = words.text;
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = '\\u00D7';
      button.setAttribute('aria-label', words.close);
      button.style.cssText = 'position:absolute;top:6px;right:10px;font:20px/1 system-ui,sans-serif;background:none;border:0;cursor:pointer;color:inherit';
      button.addEventListener('click', function () { closed = true; update(); });
      box.append(text, button);
      document.body.append(box);
    }
    else if (!on && box) box.remove();
  }
  addEventListener('hashchange', update);
  addEventListener('DOMContentLoaded', update);
  setInterval(update, 500);
  update();
})();`
}

/** Vite plugin for the single-file build: the notice script in the page's head. */
export function presenterNoticePlugin(lang: string | undefined): Plugin {
  return {
    name: 'bx:presenter-notice',
    transformIndexHtml: () => [{ tag: 'script', children: presenterNoticeScript(noticeText(lang)), injectTo: 'head' }],
  }
}
