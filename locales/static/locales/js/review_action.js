// The translation editor's primary button, for those who may not publish: the slot
// where wagtail-localize renders "Publish in …" becomes "Submit for review" (the server
// puts the action in the editor's props as reviewAction; locales/editor.py).
(() => {
  const editor = document.querySelector(".js-translation-editor[data-props]");
  if (!editor) return;
  const action = JSON.parse(editor.dataset.props).reviewAction;
  if (!action) return;
  const apply = () => {
    const button = editor.querySelector(
      'footer button[name="action"][value="publish"]',
    );
    if (!button) return;
    button.value = action.action;
    button.dataset.clickedText = action.progress;
    button.dataset.wProgressActiveValue = action.progress;
    // Wagtail's progress controller keeps the label it found, to restore it.
    button.dataset.wProgressLabelValue = action.label;
    button.disabled = action.disabled;
    const label = button.querySelector("em");
    if (label) label.textContent = action.label;
  };
  new MutationObserver(apply).observe(editor, { childList: true, subtree: true });
  apply();
})();
