/*
 * Asks before the tab is closed or reloaded while a form holds unsaved changes. Typing in an editor's form marks
 * them at once, before the server has heard of it; the server sets window.smUnsavedChanges whenever a form's changes
 * come or go (EditorForm), e.g. after a save. In-app navigation is guarded on the server (EditorView).
 */
if (!window.smUnsavedGuard) {
  window.smUnsavedGuard = true;
  document.addEventListener('input', event => {
    if (event.composedPath().some(node => node.classList && node.classList.contains('editor-form'))) {
      window.smUnsavedChanges = true;
    }
  }, true);
  window.addEventListener('beforeunload', event => {
    if (window.smUnsavedChanges) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
