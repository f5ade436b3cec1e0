// Which demo pages the reader steps open, and what each must show, read from the vetcms
// API as an anonymous reader: the title and the body or facts text of that very page.
import { api, apiJson, pathOf, plain } from "./helpers.mjs";

// The page the editor edits (2-editors.test.mjs); the readers read others.
export const EDITED = "/en/legal-notice";

// vetcms's type names and the Plone names a client may see instead.
const KINDS = {
  practice: ["PracticePage"],
  event: ["EventPage", "Event"],
  news: ["NewsPage", "News Item"],
  standard: ["StandardPage", "Document"],
};

/** The English page of a kind to read: one with a Finnish translation and the most to
 * show. The editor's page (``avoid``) is left to the editor. */
export async function englishPage(kind, avoid) {
  for (const type of KINDS[kind]) {
    const query = `portal_type=${encodeURIComponent(type)}&Language=en&b_size=20`;
    const found = await apiJson(`/@search?${query}`);
    let best = null;
    for (const item of found.items) {
      const path = pathOf(item["@id"]);
      if (path === avoid || item.review_state !== "published") continue;
      const score = (await finnishTranslation(path) ? 100 : 0) + (await expectedTexts(path)).length;
      if (!best || score > best.score) best = { path, score };
    }
    if (best) return best.path;
  }
  throw new Error(`no published English ${kind} page in the demo (tried ${KINDS[kind]})`);
}

async function finnishTranslation(path) {
  const page = await apiJson(`${path}?expand=translations`);
  const fi = page["@components"]?.translations?.items?.find((t) => t.language === "fi");
  return fi ? pathOf(fi["@id"]) : null;
}

/** The Finnish address of an English page: its translation, else the fallback address
 * under the Finnish parent (where vetcms serves the English text to Finnish readers). */
export async function finnishPage(path) {
  const translated = await finnishTranslation(path);
  if (translated) return translated;
  const parent = path.replace(/\/[^/]+$/, "");
  const finnishParent = await finnishTranslation(parent);
  if (!finnishParent) throw new Error(`${parent} has no Finnish translation`);
  const fallback = `${finnishParent}/${path.split("/").pop()}`;
  const { status } = await api(fallback);
  if (status !== 200) throw new Error(`neither a Finnish translation of ${path} nor ${fallback} (${status})`);
  return fallback;
}

/** Whether vetcms serves ``path`` in another language (no translation there yet). */
export async function isFallback(path) {
  return (await apiJson(path)).translation_state?.state === "fallback";
}

/** The texts a reader must see on ``path``: title, body's first words and the facts. */
export async function expectedTexts(path) {
  const page = await apiJson(path);
  const texts = [page.title];
  const paragraph = (page.body ?? []).find((b) => b.type === "paragraph" && plain(b.value));
  if (paragraph) texts.push(plain(paragraph.value));
  else if (page.description) texts.push(plain(page.description));
  if (page.kind?.title) texts.push(page.kind.title);
  if (page.countries?.length) texts.push(page.countries[0].title);
  if (page.implementing_organisation) texts.push(page.implementing_organisation);
  if (page.venue) texts.push(page.venue);
  // The year, in whatever date format the page's language uses.
  if (page.start) texts.push(page.start.slice(0, 4));
  if (page.date) texts.push(page.date.slice(0, 4));
  if (page.intro && !paragraph) texts.push(plain(page.intro));
  return [...new Set(texts.filter(Boolean))];
}
