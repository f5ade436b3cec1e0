"""A production cluster from the environment: several hosts, basic auth or an API key,
TLS with a CA bundle or without verification, short connect/read timeouts and the
circuit breaker all reach the engine client (checked on the real client objects,
without a network: a client connects lazily)."""

import base64

import pytest
from modelsearch.backends import import_backend

from search.config import backends_from_env, client_options
from search.transport import BreakerTransportMixin

CA = "/etc/ssl/certs/ca-certificates.crt"


def client_of(env, name="fi"):
    conf = dict(backends_from_env(env, ["en", "fi"])[name])
    return import_backend(conf.pop("BACKEND"))(conf).es


def connections(es):
    return es.transport.connection_pool.connections


def test_hosts_list_auth_tls_and_timeouts_reach_the_client():
    es = client_of(
        {
            "SEARCH_URL": "https://es1.example.org:9243, https://es2.example.org:9243/",
            "SEARCH_USER": "vetcms",
            "SEARCH_PASSWORD": "s3cret",
            "SEARCH_CA_CERTS": CA,
            "SEARCH_TIMEOUT": "4",
            "SEARCH_CONNECT_TIMEOUT": "0.5",
        }
    )

    nodes = connections(es)
    assert sorted(c.host for c in nodes) == [
        "https://es1.example.org:9243",
        "https://es2.example.org:9243",
    ]
    expected = "Basic " + base64.b64encode(b"vetcms:s3cret").decode()
    for connection in nodes:
        assert connection.headers["authorization"] == expected
        assert connection.pool.ca_certs == CA
        assert connection.pool.cert_reqs == "CERT_REQUIRED"
        assert (
            connection.pool.timeout.connect_timeout,
            connection.pool.timeout.read_timeout,
        ) == (0.5, 4.0)
    assert isinstance(es.transport, BreakerTransportMixin)


def test_api_key_and_no_verification_for_a_test_cluster():
    es = client_of(
        {
            "SEARCH_URL": "https://es.example.org:9243",
            "SEARCH_API_KEY": "aWQ6a2V5",
            "SEARCH_VERIFY_CERTS": "false",
        }
    )
    (connection,) = connections(es)
    assert connection.headers["authorization"] == "ApiKey aWQ6a2V5"
    assert connection.pool.cert_reqs == "CERT_NONE"


def test_credentials_in_the_url_still_work():
    (connection,) = connections(client_of({"SEARCH_URL": "https://u:p@es.example.org"}))
    assert (
        connection.headers["authorization"]
        == "Basic " + base64.b64encode(b"u:p").decode()
    )
    assert connection.pool.cert_reqs == "CERT_REQUIRED"  # https verifies by default


def test_opensearch_takes_http_auth_and_refuses_api_keys():
    options = client_options(
        {"SEARCH_USER": "u", "SEARCH_PASSWORD": "p"}, "opensearch2"
    )
    assert options == {"http_auth": ("u", "p")}
    assert client_options(
        {"SEARCH_USER": "u", "SEARCH_PASSWORD": "p"}, "elasticsearch8"
    ) == {"basic_auth": ("u", "p")}
    with pytest.raises(ValueError, match="OpenSearch has no API keys"):
        client_options({"SEARCH_API_KEY": "k"}, "opensearch2")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SEARCH_USER": "u"}, "go together"),
        ({"SEARCH_VERIFY_CERTS": "maybe"}, "true or false"),
        ({"SEARCH_TIMEOUT": "soon"}, "number of seconds"),
        ({"SEARCH_CONNECT_TIMEOUT": "0"}, "more than 0"),
    ],
)
def test_bad_settings_are_refused_clearly(env, message):
    with pytest.raises(ValueError, match=message):
        backends_from_env({"SEARCH_URL": "http://es:9200", **env}, ["en"])


def test_replicas_and_database_default():
    assert backends_from_env({}, ["en"]) == {
        "default": {"BACKEND": "search.backends.database"}
    }
    backends = backends_from_env(
        {"SEARCH_URL": "http://a:9200,http://b:9200", "SEARCH_REPLICAS": "1"}, ["en"]
    )
    assert backends["en"]["URLS"] == ["http://a:9200", "http://b:9200"]
    assert backends["en"]["INDEX_SETTINGS"]["settings"]["index"] == {
        "number_of_replicas": 1
    }


@pytest.mark.django_db
def test_cached_column_names_build_the_same_documents(practice_index):
    from modelsearch.backends.elasticsearch7 import Elasticsearch7Mapping

    from search.backends.elasticsearch7 import SearchBackend
    from tests import factories

    theme = factories.ThemeFactory(slug="guidance", name="Guidance")
    page = factories.PracticePageFactory(
        parent=practice_index, countries=["FI", "BE-FR"], themes=[theme]
    )
    model = type(page)
    cached = SearchBackend.mapping_class(model)
    first, again = cached.get_document(page), cached.get_document(page)  # fills, reads
    assert first == again == Elasticsearch7Mapping(model).get_document(page)


def test_a_rebuild_waits_longer_than_a_reader(settings):
    from search.rebuild import REBUILD_TIMEOUT, rebuild_backend

    settings.WAGTAILSEARCH_BACKENDS = backends_from_env(
        {"SEARCH_URL": "http://127.0.0.1:9"}, ["en"]
    )
    (connection,) = connections(rebuild_backend("en").es)
    assert connection.pool.timeout.read_timeout == REBUILD_TIMEOUT
    assert connection.pool.timeout.connect_timeout == 2.0
    (reader,) = connections(client_of({"SEARCH_URL": "http://127.0.0.1:9"}, "en"))
    assert reader.pool.timeout.read_timeout == 10.0
