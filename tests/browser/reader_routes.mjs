// Every reader route of one language, found by following the site's own links from
// its home page: sections, each page type's details, filtered and paginated listings,
// search, the ambassadors' application form, the footer's pages. One address per
// route shape (path plus the names of its query parameters), so a listing's hundred
// filter links count once per filter and the crawl stays a few dozen pages.
import { BASE_URL } from "./helpers.mjs";

// Not HTML pages: calendars, feeds, the map's SVG, files.
const NOT_PAGES = /\/(ical|rss|atom|map)\/$|^\/(documents|media|static|admin|\+\+api\+\+)\//;

function shape(url) {
  const keys = [...url.searchParams.keys()].sort().join("&");
  return `${url.pathname}?${keys}`;
}

/** Same-language addresses below ``/<lang>/`` reachable from its home, breadth first;
 * ``visit(page, path)`` runs on each while it is open. */
export async function readerRoutes(page, lang, { limit = 200, visit = async () => {} } = {}) {
  const start = new URL(`/${lang}/`, BASE_URL);
  const seen = new Map([[shape(start), start.href]]);
  const queue = [start.href, new URL(`/${lang}/search/?q=VET`, BASE_URL).href];
  seen.set(shape(new URL(queue[1])), queue[1]);
  const found = [];
  while (queue.length && found.length < limit) {
    const href = queue.shift();
    const response = await page.goto(href);
    if (!response || !response.ok() || !response.headers()["content-type"]?.includes("text/html")) continue;
    const path = href.slice(BASE_URL.length);
    found.push(path);
    await visit(page, path);
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.href));
    for (const link of links) {
      const url = new URL(link);
      url.hash = "";
      if (url.origin !== start.origin || !url.pathname.startsWith(start.pathname)) continue;
      if (NOT_PAGES.test(url.pathname) || url.searchParams.has("download")) continue;
      const key = shape(url);
      if (seen.has(key)) continue;
      seen.set(key, url.href);
      queue.push(url.href);
    }
  }
  return found;
}
