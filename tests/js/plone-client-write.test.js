// @plone/client's write calls against a live vetcms dev server with the demo content:
// login, createContent, updateContent, getHistory, lock/unlock, a workflow transition,
// createTranslation (linkTranslation with a language code), deleteContent; as a
// superuser and as a Finnish translator. tests/js/run.sh starts the server and creates
// the accounts (password in VETCMS_TEST_PASSWORD).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import PloneClient from '@plone/client';

const apiPath = process.env.VETCMS_API_URL;
const password = process.env.VETCMS_TEST_PASSWORD;
if (!apiPath || !password) throw new Error('run tests/js/run.sh');
const admin = PloneClient.initialize({ apiPath });
const translator = PloneClient.initialize({ apiPath });
const anonymous = PloneClient.initialize({ apiPath });
const pathOf = (url) => new URL(url).pathname;
const status = (code) => (err) => {
  assert.equal(err.response?.status, code, JSON.stringify(err.response?.data));
  return true;
};
const state = {};

test('login gives a token; a wrong password is a 401', async () => {
  const token = await admin.login({ username: 'api-admin', password });
  assert.equal(token.split('.').length, 3);
  await translator.login({ username: 'api-fi', password });
  const stranger = PloneClient.initialize({ apiPath });
  await assert.rejects(stranger.login({ username: 'api-admin', password: 'wrong' }), status(401));
});

test('createContent adds a draft page and answers it', async () => {
  const page = await admin.createContentMutation().mutationFn({
    path: '/en/practices',
    data: { '@type': 'StandardPage', title: 'Written through the API', description: 'A summary' },
  });
  assert.equal(page['@id'], `${apiPath}/en/practices/written-through-the-api`);
  assert.equal(page.review_state, 'private');
  assert.equal(page.description, 'A summary');
  state.path = pathOf(page['@id']);
  // A draft is hidden from readers like a missing page.
  await assert.rejects(anonymous.getContent({ path: state.path }), status(404));
});

test('createContent refuses bad input with the field names', async () => {
  await assert.rejects(
    admin.createContentMutation().mutationFn({
      path: '/en/practices',
      data: { '@type': 'StandardPage', title: '', effective: 'next tuesday' },
    }),
    (err) => {
      assert.equal(err.response.status, 400);
      assert.equal(err.response.data.type, 'BadRequest');
      const fields = err.response.data.errors.map((e) => e.field).sort();
      assert.deepEqual(fields, ['effective', 'title']);
      return true;
    },
  );
});

test('updateContent saves a revision, getHistory lists it', async () => {
  await admin.updateContentMutation().mutationFn({
    path: state.path,
    data: { title: 'Written and edited through the API' },
  });
  const content = await admin.getContent({ path: state.path });
  assert.equal(content.title, 'Written and edited through the API');
  const history = await admin.getHistoryQuery({ path: state.path }).queryFn();
  const versions = history.filter((e) => e.type === 'versioning');
  assert.ok(versions.length >= 2);
  assert.equal(versions[0].actor.id, 'api-admin');
});

test('lock and unlock', async () => {
  const lock = await admin.createLockMutation().mutationFn({ path: state.path, data: {} });
  assert.equal(lock.locked, true);
  assert.equal(lock.creator, 'api-admin');
  const seen = await admin.getContent({ path: state.path });
  assert.equal(seen.lock.locked, true);
  const unlocked = await admin.deleteLockMutation().mutationFn({ path: state.path });
  assert.deepEqual(unlocked, { locked: false, stealable: true });
});

test('a workflow transition publishes the page', async () => {
  const result = await admin.createWorkflowMutation().mutationFn({
    path: state.path,
    data: { comment: 'Ready' },
  });
  assert.equal(result.review_state, 'published');
  assert.equal(result.actor, 'api-admin');
  const content = await anonymous.getContent({ path: state.path });
  assert.equal(content.review_state, 'published');
});

test('createTranslation into Finnish makes a draft for review', async () => {
  await admin.linkTranslationMutation().mutationFn({ path: state.path, data: { id: 'fi' } });
  const translations = await admin.getTranslationQuery({ path: state.path }).queryFn();
  const fi = translations.items.find((t) => t.language === 'fi');
  assert.ok(fi, JSON.stringify(translations));
  state.fiPath = pathOf(fi['@id']);
  // Readers get the English page at the Finnish address (the marked fallback), not the draft.
  const served = await anonymous.getContent({ path: state.fiPath });
  assert.equal(served.language.token, 'en');
  assert.equal(served.translation_state.state, 'fallback');
  const draft = await admin.getContent({ path: state.fiPath });
  assert.equal(draft.review_state, 'private');
  assert.equal(draft.language.token, 'fi');
});

test('a Finnish translator edits the Finnish page only and cannot publish it', async () => {
  await translator.updateContentMutation().mutationFn({
    path: state.fiPath,
    data: { title: 'Kirjoitettu rajapinnan kautta' },
  });
  await assert.rejects(
    translator.updateContentMutation().mutationFn({ path: state.path, data: { title: 'No' } }),
    status(403),
  );
  await assert.rejects(
    translator.createWorkflowMutation().mutationFn({ path: state.fiPath }),
    status(403),
  );
  await assert.rejects(
    translator.createContentMutation().mutationFn({
      path: '/en/practices',
      data: { '@type': 'StandardPage', title: 'Not in my language' },
    }),
    status(403),
  );
});

test('deleteContent refuses a page with translations, then deletes', async () => {
  await assert.rejects(admin.deleteContentMutation().mutationFn({ path: state.path }), status(400));
  await admin.deleteContentMutation().mutationFn({ path: state.fiPath });
  await admin.deleteContentMutation().mutationFn({ path: state.path });
  await assert.rejects(admin.getContent({ path: state.path }), status(404));
});

test('anonymous writes are 401; @logout revokes the token', async () => {
  await assert.rejects(
    anonymous.createContentMutation().mutationFn({
      path: '/en/practices',
      data: { '@type': 'StandardPage', title: 'Anonymous' },
    }),
    status(401),
  );
  const token = admin.getConfig().token;
  const logout = await fetch(`${apiPath}/++api++/@logout`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  });
  assert.equal(logout.status, 204);
  await assert.rejects(admin.getHistoryQuery({ path: '/en/practices' }).queryFn(), status(401));
});
