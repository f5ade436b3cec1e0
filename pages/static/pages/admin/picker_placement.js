// Wagtail's date picker (xdsoft) opens below its field, on top of everything; in the
// schedule dialog that put the calendar over the dialog's "Save schedule" button, so
// an editor could not save while the calendar was open. When a picker opened from a
// field in a dialog covers one of the dialog's buttons, it is moved above the field,
// or beside it when there is no room above.
(() => {
  const overlaps = (a, b) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  // The position this script last gave each picker: its own change is not a new one.
  const placed = new WeakMap();

  const place = (picker) => {
    if (picker.style.display === "none" || !picker.offsetHeight) return;
    if (placed.get(picker) === picker.style.cssText) return;
    const field = document.activeElement;
    const dialog = field?.closest?.("[role=dialog], dialog, .w-dialog");
    if (!dialog) return;
    const buttons = [...dialog.querySelectorAll("form [type=submit], form a.button")];
    const covered = () => {
      const box = picker.getBoundingClientRect();
      return buttons.some((b) => b.offsetParent && overlaps(box, b.getBoundingClientRect()));
    };
    if (!covered()) return;
    const box = picker.getBoundingClientRect();
    const input = field.getBoundingClientRect();
    // xdsoft positions with top/left in the coordinates of its own offset parent.
    const top = parseFloat(picker.style.top) || 0;
    const left = parseFloat(picker.style.left) || 0;
    if (input.top - box.height - 4 >= 0) {
      picker.style.top = `${top + (input.top - box.height - 4 - box.top)}px`;
    }
    if (covered()) {
      picker.style.top = `${top + (input.top - box.top)}px`;
      picker.style.left = `${left + (input.right + 8 - box.left)}px`;
    }
    placed.set(picker, picker.style.cssText);
  };

  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.target.classList?.contains("xdsoft_datetimepicker")) place(change.target);
    }
  }).observe(document.body, { attributes: true, attributeFilter: ["style"], subtree: true });
})();
