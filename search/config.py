"""Builds WAGTAILSEARCH_BACKENDS from environment values, so that one variable
(SEARCH_URL) switches a site from the database backend to a search engine: one node
or a cluster (a comma-separated list of URLs), with auth and TLS for a production
cluster (``backends_from_env``).

With an engine there is one backend per locale (index prefix `<prefix><code>_`, that
language's analyzer as the index default, only that locale's published, public
content) plus `default` (`<prefix>all_`: everything, drafts included, for the admin).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from search.analyzers import index_settings

# Engine name → our per-locale backend module (a thin subclass of Wagtail's backend
# for that engine). Each needs its own client pin (see search/README.md).
ENGINE_BACKENDS = {
    "elasticsearch7": "search.backends.elasticsearch7",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
}
# Wagtail's database backend, analysing text per language (search/backends/database.py).
DATABASE_BACKEND = "search.backends.database"
# Short by default: a reader's search should fail over to the database in about a
# second, not hang. The rebuild's bulk requests set their own, longer timeout.
CONNECT_TIMEOUT = 2.0
READ_TIMEOUT = 10.0
# elasticsearch-py 8/9 renamed basic auth; the other clients keep http_auth.
BASIC_AUTH_OPTION = {"elasticsearch8": "basic_auth", "elasticsearch9": "basic_auth"}


def search_backends(
    url: str | Iterable[str],
    engine: str,
    index_prefix: str,
    language_codes: Iterable[str] = (),
    index_settings_extra: dict[str, Any] | None = None,
    *,
    options: dict[str, Any] | None = None,
    timeout: float = READ_TIMEOUT,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> dict[str, Any]:
    """Return the WAGTAILSEARCH_BACKENDS setting for a search URL, a comma-separated
    list of URLs or a list of them (empty: database). ``options`` go to the client
    (auth, TLS: see ``client_options``)."""
    urls = split_urls(url)
    if not urls:
        # One database backend only: several would overwrite one table (wagtail#9253).
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    try:
        backend = ENGINE_BACKENDS[engine]
    except KeyError:
        known = ", ".join(sorted(ENGINE_BACKENDS))
        raise ValueError(f"SEARCH_ENGINE={engine!r} is not one of: {known}") from None
    common = {
        "BACKEND": backend,
        "URLS": urls,
        "TIMEOUT": timeout,
        "CONNECT_TIMEOUT": connect_timeout,
        "OPTIONS": dict(options or {}),
    }
    extra = index_settings_extra or {}
    backends = {
        "default": {
            **common,
            "INDEX_PREFIX": f"{index_prefix}all_",
            "INDEX_SETTINGS": extra,
        }
    }
    for code in language_codes:
        backends[code] = {
            **common,
            "INDEX_PREFIX": f"{index_prefix}{code}_",
            "LANGUAGE_CODE": code,
            "INDEX_SETTINGS": _merge(index_settings(code), extra),
        }
    return backends


def backends_from_env(
    env: Mapping[str, str], language_codes: Iterable[str]
) -> dict[str, Any]:
    """WAGTAILSEARCH_BACKENDS from SEARCH_* environment variables (search/README.md)."""
    engine = env.get("SEARCH_ENGINE", "elasticsearch7")
    return search_backends(
        env.get("SEARCH_URL", ""),
        engine,
        env.get("SEARCH_INDEX_PREFIX", "vetcms_"),
        language_codes,
        search_index_settings(env.get("SEARCH_REPLICAS", "")),
        options=client_options(env, engine),
        timeout=_seconds(env, "SEARCH_TIMEOUT", READ_TIMEOUT),
        connect_timeout=_seconds(env, "SEARCH_CONNECT_TIMEOUT", CONNECT_TIMEOUT),
    )


def client_options(env: Mapping[str, str], engine: str) -> dict[str, Any]:
    """Auth and TLS for the client: SEARCH_USER + SEARCH_PASSWORD (basic auth) or
    SEARCH_API_KEY (Elasticsearch only), SEARCH_CA_CERTS (a CA bundle file) and
    SEARCH_VERIFY_CERTS (default true; "false" only for a test cluster)."""
    options: dict[str, Any] = {}
    user, password = env.get("SEARCH_USER", ""), env.get("SEARCH_PASSWORD", "")
    if bool(user) != bool(password):
        raise ValueError("SEARCH_USER and SEARCH_PASSWORD go together")
    if user:
        options[BASIC_AUTH_OPTION.get(engine, "http_auth")] = (user, password)
    if env.get("SEARCH_API_KEY"):
        if engine.startswith("opensearch"):
            raise ValueError("SEARCH_API_KEY: OpenSearch has no API keys; use a user")
        options["api_key"] = env["SEARCH_API_KEY"]
    if env.get("SEARCH_CA_CERTS"):
        options["ca_certs"] = env["SEARCH_CA_CERTS"]
    verify = env.get("SEARCH_VERIFY_CERTS", "").strip().lower()
    if verify:
        if verify not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(
                f"SEARCH_VERIFY_CERTS must be true or false, not {verify!r}"
            )
        options["verify_certs"] = verify in ("true", "1", "yes")
    return options


def split_urls(url: str | Iterable[str]) -> list[str]:
    parts = url.split(",") if isinstance(url, str) else url
    return [part.strip().rstrip("/") for part in parts if part and part.strip()]


def search_index_settings(replicas: str = "") -> dict[str, Any]:
    """Extra INDEX_SETTINGS from the environment: SEARCH_REPLICAS=0 for a single-node
    engine (the default, 1, leaves a one-node cluster yellow), 1 on a 3-node cluster."""
    if not replicas:
        return {}
    return {"settings": {"index": {"number_of_replicas": int(replicas)}}}


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    value = env.get(name, "")
    try:
        seconds = float(value) if value else default
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {value!r}") from None
    if seconds <= 0:
        raise ValueError(f"{name} must be more than 0 seconds")
    return seconds


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
