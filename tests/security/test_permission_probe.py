"""A randomized permission probe: build hidden content with unique tokens in all five
locales (tests/security/world.py), crawl every surface as anonymous, as a translator
of each locale and as an editor (tests/security/crawl.py), and fail on any token that
appears where the access rule (cms/core/access.py) forbids it. Runs on the real search
engine. ``VETCMS_PROBE_SEED`` replays a run."""

import os
import random
import re
from collections import Counter

import pytest
from django.test import Client

from tests.security.crawl import crawl
from tests.security.world import build_world, may_see

pytestmark = [pytest.mark.search_engine, pytest.mark.django_db(transaction=False)]


def run_probe(world, search_engine):
    search_engine.refresh()
    by_token = {s.token: s for s in world.secrets}
    pattern = re.compile("|".join(map(re.escape, by_token)))
    leaks, seen, probes = [], Counter(), Counter()
    surfaces = Counter()  # (role, surface) → tokens seen there
    for role, user in world.users.items():
        client = Client()
        if user is not None:
            client.force_login(user)

        def see(surface, text, role=role):
            probes[role] += 1
            for token in set(pattern.findall(text)):
                secret = by_token[token]
                seen[(role, secret.kind)] += 1
                surfaces[(role, surface)] += 1
                if not may_see(role, secret):
                    leaks.append((role, surface, secret.kind, secret.locale, token))

        crawl(client, world, see, admin=user is not None)
    return leaks, seen, probes, surfaces


def test_no_token_appears_where_the_access_rule_forbids_it(
    search_engine, home, django_user_model, report_figures
):
    seed = int(os.environ.get("VETCMS_PROBE_SEED") or random.randrange(10**6))
    world = build_world(seed, home, django_user_model)
    leaks, seen, probes, surfaces = run_probe(world, search_engine)
    admin = sorted(
        f"{surface} {count}"
        for (role, surface), count in surfaces.items()
        if role == "translator:fi" and surface.startswith(("admin", "api @"))
    )
    report_figures(
        f"permission probe (seed {seed}): {len(world.secrets)} tokens, "
        f"{len(world.users)} users, {sum(probes.values())} probes, "
        f"{len(leaks)} leaks",
        "  tokens a fi translator met (own locale): " + ", ".join(admin),
        *("  LEAK " + " ".join(map(str, leak)) for leak in sorted(set(leaks))[:40]),
    )
    assert not leaks, f"{len(leaks)} leaks (seed {seed}), e.g. {leaks[:5]}"
    # The probe is live: readers find public tokens, and those allowed see hidden ones.
    assert seen[("anonymous", "public")] > 0
    assert seen[("editor", "draft")] > 0
    assert seen[("translator:fi", "draft")] > 0
    assert seen[("translator:fi", "unpublished_translation")] > 0
    assert seen[("editor", "future_live")] > 0
    assert seen[("anonymous", "outage_unpublished")] == 0
    assert seen[("editor", "private_image")] > 0
    assert seen[("anonymous", "public_image")] > 0
