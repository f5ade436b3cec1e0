// @plone/client's read functions against a live vetcms dev server with the demo content.
// The server URL comes from VETCMS_API_URL (tests/js/run.sh starts one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import PloneClient from '@plone/client';

const apiPath = process.env.VETCMS_API_URL;
if (!apiPath) throw new Error('VETCMS_API_URL is not set; run tests/js/run.sh');
const cli = PloneClient.initialize({ apiPath });
const OP = 'plone.app.querystring.operation.';
const run = (query) => query.queryFn();

test('getContent of a language root with expansions', async () => {
  const content = await cli.getContent({
    path: '/en',
    expand: ['breadcrumbs', 'navigation', 'navroot', 'translations', 'actions', 'workflow'],
  });
  assert.equal(content['@id'], `${apiPath}/en`);
  assert.equal(content['@type'], 'LRF');
  assert.deepEqual(content.language, { token: 'en', title: 'English' });
  assert.ok(!JSON.stringify(content).includes('++api++'));
  const c = content['@components'];
  assert.equal(c.navroot.navroot['@id'], `${apiPath}/en`);
  assert.deepEqual(c.breadcrumbs.items, []);
  assert.ok(c.navigation.items.length > 1);
  assert.ok(c.translations.items.some((t) => t.language === 'fi'));
  assert.deepEqual(c.workflow.transitions, []);
  assert.ok(content.items.length > 0 && content.items_total >= content.items.length);
});

test('getContent of a practice has its own fields', async () => {
  const list = await cli.getContent({ path: '/en/practices' });
  const first = list.items.find((i) => i['@type'] === 'PracticePage');
  const path = new URL(first['@id']).pathname;
  const practice = await cli.getContent({ path, fullObjects: true });
  assert.equal(practice['@type'], 'PracticePage');
  assert.ok(practice.kind.token && practice.kind.title);
  assert.ok(Array.isArray(practice.countries));
  assert.equal(practice.parent['@id'], `${apiPath}/en/practices`);
  assert.equal(practice.UID.length, 32);
});

test('getContent of a missing page is rejected with 404 and a NotFound body', async () => {
  await assert.rejects(cli.getContent({ path: '/en/no-such-page' }), (err) => {
    assert.equal(err.response.status, 404);
    assert.equal(err.response.data.type, 'NotFound');
    return true;
  });
});

test('getSearch with text, type, language, path and metadata_fields', async () => {
  const result = await run(cli.getSearchQuery({
    query: {
      path: { query: '/en', depth: 2 },
      portal_type: ['PracticePage'],
      Language: 'en',
      sort_on: 'sortable_title',
      metadata_fields: ['UID', 'Language'],
      b_size: '5',
    },
  }));
  assert.ok(result.items_total > 0);
  assert.ok(result.items.length <= 5);
  for (const item of result.items) {
    assert.equal(item['@type'], 'PracticePage');
    assert.equal(item.Language, 'en');
    assert.equal(item.UID.length, 32);
  }
  const titles = result.items.map((i) => i.title);
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'en')));
  // Facet counts are opt-in (facets=1, cms/api/README.md): a Plone client gets none.
  assert.equal(result.facets, undefined);
});

test('getSearch with SearchableText', async () => {
  const result = await run(cli.getSearchQuery({ query: { SearchableText: 'learners' } }));
  assert.ok(result.items_total > 0);
});

test('querystring-search by GET (double-encoded query) and by POST', async () => {
  const query = [{ i: 'portal_type', o: `${OP}selection.any`, v: ['NewsPage'] },
                 { i: 'Language', o: `${OP}selection.any`, v: ['en'] }];
  const viaGet = await run(cli.getQuerystringSearchQuery({ query }));
  assert.ok(viaGet.items_total > 0);
  assert.ok(viaGet.items.every((i) => i['@type'] === 'NewsPage'));
  const post = cli.postQuerystringSearchMutation();
  const viaPost = await post.mutationFn({ data: { query, sort_on: 'effective', sort_order: 'descending' } });
  assert.equal(viaPost.items_total, viaGet.items_total);
});

test('navigation with depth, and breadcrumbs', async () => {
  const nav = await run(cli.getNavigationQuery({ path: '/fi', depth: 2 }));
  assert.equal(nav.items[0]['@id'], `${apiPath}/fi`);
  assert.ok(nav.items.some((i) => i.items.length > 0));
  const practices = new URL(nav.items[1]['@id']).pathname;
  const crumbs = await run(cli.getBreadcrumbsQuery({ path: practices }));
  assert.equal(crumbs.root, `${apiPath}/fi`);
  assert.equal(crumbs.items.at(-1)['@id'], nav.items[1]['@id']);
});

test('translations of a translated page', async () => {
  const tr = await run(cli.getTranslationQuery({ path: '/en/practices' }));
  const languages = tr.items.map((i) => i.language).sort();
  assert.ok(languages.includes('fi'));
  assert.ok(!languages.includes('en'));
  assert.equal(tr.root.fi, `${apiPath}/fi`);
});

test('site and navroot', async () => {
  const site = await run(cli.getSiteQuery({}));
  assert.equal(site.features.multilingual, true);
  assert.deepEqual(site['plone.available_languages'], ['en', 'fi', 'nl', 'et', 'lv']);
  const navroot = await run(cli.getNavrootQuery({ path: 'fi/kaytannot' }));
  assert.equal(navroot.navroot['@id'], `${apiPath}/fi`);
  assert.equal(navroot.navroot['@type'], 'LRF');
});

test('vocabularies: the list and one vocabulary filtered by token', async () => {
  const list = await run(cli.getVocabulariesListQuery({}));
  const names = list.map((v) => v['@id'].split('/').pop());
  for (const name of ['countries', 'practice_kinds', 'themes', 'resource_types', 'audience_roles', 'languages']) {
    assert.ok(names.includes(name), name);
  }
  const kinds = await run(cli.getVocabulariesQuery({ path: 'practice_kinds' }));
  assert.deepEqual(kinds.items.map((t) => t.token), ['good-practice', 'quick-win', 'tool']);
  const some = await run(cli.getVocabulariesQuery({ path: 'countries', tokens: ['FI', 'NO'] }));
  assert.deepEqual(some.items.map((t) => t.token), ['FI', 'NO']);
});

test('types are refused to anonymous clients, like Plone', async () => {
  await assert.rejects(run(cli.getTypesQuery({})), (err) => err.response.status === 401);
});

test('workflow and actions answer anonymous readers (Volto fetches them on every page)', async () => {
  const workflow = await run(cli.getWorkflowQuery({ path: '/nl' }));
  assert.equal(workflow.state.id, 'published');
  assert.deepEqual(workflow.transitions, []);
  const actions = await run(cli.getActionsQuery({ path: '/nl' }));
  assert.ok(actions.portal_tabs.length > 0);
  assert.ok(actions.portal_tabs.every((t) => t.url.startsWith(`${apiPath}/nl/`)));
});

test('querystring describes the indexes that listings can filter on', async () => {
  const qs = await run(cli.getQueryStringQuery({}));
  for (const index of ['portal_type', 'Language', 'path', 'kind', 'country', 'theme', 'start']) {
    assert.ok(qs.indexes[index], index);
  }
  assert.ok(qs.indexes.country.values.FI);
});

test('a page in another language is fetched by its own path, with its language', async () => {
  const tr = await run(cli.getTranslationQuery({ path: '/en/practices' }));
  const et = tr.items.find((i) => i.language === 'et');
  const content = await cli.getContent({ path: new URL(et['@id']).pathname });
  assert.equal(content.language.token, 'et');
  assert.equal(content['@id'], et['@id']);
});

test('legacy traversal: Accept: application/json on the page URL answers the same JSON', async () => {
  const viaPage = await fetch(`${apiPath}/en/practices/`, { headers: { Accept: 'application/json' } });
  assert.equal(viaPage.status, 200);
  assert.match(viaPage.headers.get('content-type'), /application\/json/);
  const viaApi = await cli.getContent({ path: '/en/practices' });
  assert.equal((await viaPage.json())['@id'], viaApi['@id']);
  const html = await fetch(`${apiPath}/en/practices/`, { headers: { Accept: 'text/html' } });
  assert.match(html.headers.get('content-type'), /text\/html/);
});
