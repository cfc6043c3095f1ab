/*
 * <sm-copy>: copies a citation to the clipboard when its content (a button) is clicked. The server sets the `text`
 * property, and `html` for rich text: with `html`, the clipboard gets both (a word processor pastes the formatting,
 * a plain editor the text). Fires a bubbling `sm-copied` event with detail {ok} so the server can say whether it worked.
 * Plain JavaScript, no build step.
 */
class SmCopy extends HTMLElement {

  connectedCallback() {
    if (!this._listening) {
      this._listening = true;
      this.addEventListener('click', () => this._copy());
    }
  }

  async _copy() {
    let ok = true;
    try {
      if (this.html && window.ClipboardItem && navigator.clipboard.write) {
        await navigator.clipboard.write([new ClipboardItem({
          'text/html': new Blob([this.html], {type: 'text/html'}),
          'text/plain': new Blob([this.text || ''], {type: 'text/plain'})
        })]);
      } else {
        await navigator.clipboard.writeText(this.text || '');
      }
    } catch (e) {
      ok = false;
    }
    this.dispatchEvent(new CustomEvent('sm-copied', {bubbles: true, detail: {ok}}));
  }
}

if (!customElements.get('sm-copy')) {
  customElements.define('sm-copy', SmCopy);
}
