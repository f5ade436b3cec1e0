// The translation editor's strings wagtail-localize's JavaScript hard-codes in English:
// the heading "<source> to <target> translation" and the footer's "More actions"
// label, and the label its PO upload field lacks; the server puts them, translated, in the editor's props as ``strings``
// (locales/editor_language.py).
(() => {
  const editor = document.querySelector(".js-translation-editor[data-props]");
  if (!editor) return;
  const strings = JSON.parse(editor.dataset.props).strings;
  if (!strings) return;
  // Writing text is itself a mutation the observer below sees: write only what changes,
  // or an English admin (where the translation is the same text) loops for ever.
  const replaceText = (node, text) => {
    if (text && node.textContent !== text) node.textContent = text;
  };
  const apply = () => {
    for (const node of editor.querySelectorAll("h1, h2, h3, h4, h5, h6, span, div, p")) {
      if (node.childElementCount === 0 && node.textContent.trim() === strings.englishHeading) {
        replaceText(node, strings.heading);
      }
    }
    for (const label of editor.querySelectorAll(".w-dropdown__toggle .w-sr-only")) {
      if (label.textContent === "More actions") replaceText(label, strings.moreActions);
    }
    for (const field of editor.querySelectorAll("form[action*='/pofile/upload/'] input[type=file]")) {
      if (!field.hasAttribute("aria-label")) field.setAttribute("aria-label", strings.uploadPo);
    }
  };
  new MutationObserver(apply).observe(editor, { childList: true, subtree: true, characterData: true });
  apply();
})();
