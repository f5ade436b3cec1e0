// Volto's edit and add forms as a person uses them: the title and a text block typed in
// the blocks editor (or the title field where a type has no blocks), saved from the
// toolbar; the save's own request is returned so a refusal is reported with its answer.
import assert from "node:assert/strict";
import { join } from "node:path";

import { SHOTS } from "./helpers.mjs";

const TITLE_BLOCK = '.block.inner.title [contenteditable="true"]';
const TEXT_BLOCK = '.slate-editor [contenteditable="true"]';

/** Waits for the form; "blocks" for the blocks editor, "fields" for a plain form. A
 * translation's add form (``translation: true``) shows the source beside it; only
 * ``.new-translation`` is ours, and it is drawn after the source, so it is waited for. */
export async function openForm(page, { translation = false } = {}) {
  const root = page.locator(translation ? ".new-translation" : ".content-area").first();
  const form = root.locator(`${TITLE_BLOCK}, #field-title`).first();
  try {
    await form.waitFor({ timeout: 30_000 });
  } catch {
    const shown = (await page.locator("body").innerText().catch(() => "")).replace(/\s+/g, " ");
    assert.fail(`no edit form at ${page.url()}; the page shows: ${JSON.stringify(shown.slice(0, 300))}`);
  }
  return { root, blocks: (await root.locator(TITLE_BLOCK).count()) > 0 };
}

export async function setTitle(page, form, title) {
  if (!form.blocks) {
    await form.root.locator("#field-title").fill(title);
    return;
  }
  const block = form.root.locator(TITLE_BLOCK).first();
  await block.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(title);
}

/** Types ``sentence`` at the end of the first text block; returns why it could not. */
export async function appendToFirstParagraph(page, form, sentence) {
  if (!form.blocks) {
    return "the form has no blocks editor (the type's @types schema offers no blocks/blocks_layout), so no body paragraph can be typed";
  }
  const text = form.root.locator(TEXT_BLOCK).first();
  if (!(await text.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
    return "the blocks editor shows no text (slate) block to type in";
  }
  await text.click();
  // Volto selects a block 100 ms after the click and then focuses its editor, which can
  // put the caret back at the start; keys pressed before that land in two places.
  await form.root.locator(`.block.selected ${TEXT_BLOCK}`).first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  // Then a click just after the text's last character, as a person puts the caret there
  // (Control+End moves the browser's caret but not always Slate's).
  const end = await text.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) last = n;
    if (!last) return null;
    const range = document.createRange();
    range.setStart(last, last.data.length - 1);
    range.setEnd(last, last.data.length);
    const box = [...range.getClientRects()].pop();
    return box && { x: box.right + 1, y: box.top + box.height / 2 };
  });
  if (end) await page.mouse.click(end.x, end.y);
  else await page.keyboard.press("Control+End");
  await page.waitForTimeout(300);
  await page.keyboard.type(sentence);
  const typed = (await text.innerText()).replace(/\s+/g, " ").trim();
  assert.ok(typed.endsWith(sentence), `typed ${JSON.stringify(sentence)} but the block reads ${JSON.stringify(typed)}`);
  return null;
}

/** Clicks Save (the filled form first kept as ``<shot>.png``) and returns the write it
 * sent (PATCH or POST) with its status and body. */
export async function save(page, method, shot) {
  await page.screenshot({ path: join(SHOTS, `${shot}.png`) }).catch(() => {});
  const written = page.waitForResponse(
    (r) => r.request().method() === method && r.url().includes("++api++"),
    { timeout: 30_000 },
  );
  await page.click("#toolbar-save");
  const response = await written.catch(() => null);
  assert.ok(response, `Save sent no ${method} to the API`);
  const url = new URL(response.url());
  const answer = { status: response.status(), path: url.pathname, body: await response.text().catch(() => "") };
  assert.ok(answer.status < 300,
    `Save: ${method} ${answer.path} → ${answer.status} ${answer.body.slice(0, 400)}\n  sent: ${response.request().postData()?.slice(0, 600)}`);
  return answer;
}
