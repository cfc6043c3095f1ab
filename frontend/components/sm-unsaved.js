/*
 * Asks before the tab is closed or reloaded while a form holds unsaved changes. The server sets
 * window.smUnsavedChanges whenever a form's changes come or go (EditorForm); in-app navigation is guarded on the
 * server (EditorView's BeforeLeaveObserver).
 */
if (!window.smUnsavedGuard) {
  window.smUnsavedGuard = true;
  window.addEventListener('beforeunload', event => {
    if (window.smUnsavedChanges) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
