"""The OpenAPI 3.1 description of the API, served at the stable URL /api/openapi.json.
Paths, verbs and query parameters come from the services themselves (their classes and
declared ``params``), so they cannot drift from what the code accepts; request and
response bodies are the schemas of ``cms.api.openapi_schemas``."""

from importlib import import_module

from django.http import JsonResponse

from cms.api import openapi_examples as examples
from cms.api.openapi_schemas import SCHEMAS, ref
from cms.api.services import SERVICES

VERBS = ("Get", "Post", "Patch", "Put", "Delete")
ERRORS = {
    "400": "Bad parameter or body",
    "401": "Not public (anonymous), bad credentials or bad preview token",
    "403": "Not allowed for this user",
    "404": "No such page or service",
    "405": "Method not allowed",
    "409": "Conflicts with the page's state (locked, has translations, …)",
    "429": "Too many failed logins; try again later",
    "501": "A Plone service (or verb) vetcms does not offer; the message says what "
    "it has instead",
}
EXTRA_KEYS = (
    "Extra keys beyond plone.restapi: `facets` (counts per portal_type, Language, …) "
    "and `highlights` / `unsupported` on @search and @querystring-search; "
    "`translation_state` on content; `@ambassadors-geojson` (GeoJSON) and "
    "`@preview-token` (editors) services."
)
# (module, verb) → (success status(es), response schema, request body schema).
# A subpath (``@types/{type}``) gets its own path with the named parameter.
BODIES = {
    ("content", "Get"): ("200", "Content", None),
    ("content", "Post"): ("201", "Content", "NewContent"),
    ("content", "Patch"): (("200", "204"), "Content", "ContentChanges"),
    ("content", "Delete"): ("204", None, "DeleteBody"),
    ("actions", "Get"): ("200", "Actions", None),
    ("aliases", "Get"): ("200", "Aliases", None),
    ("aliases", "Post"): ("204", None, "AliasesBody"),
    ("aliases", "Delete"): ("204", None, "AliasesBody"),
    ("breadcrumbs", "Get"): ("200", "Breadcrumbs", None),
    ("contextnavigation", "Get"): ("200", "ContextNavigation", None),
    ("navigation", "Get"): ("200", "Navigation", None),
    ("navroot", "Get"): ("200", "Navroot", None),
    ("site", "Get"): ("200", "Site", None),
    ("translations", "Get"): ("200", "Translations", None),
    ("translations", "Post"): ("201", "TranslationLink", "TranslationLinkBody"),
    ("translations", "Delete"): ("204", None, "TranslationUnlinkBody"),
    ("translation_locator", "Get"): ("200", "Located", None),
    ("workflow", "Get"): ("200", "Workflow", None),
    ("workflow", "Post"): ("200", "WorkflowEntry", "TransitionBody"),
    ("types", "Get"): ("200", "TypeList", None),
    ("vocabularies", "Get"): ("200", "VocabularyList", None),
    ("search", "Get"): ("200", "Listing", None),
    ("suggest", "Get"): ("200", "Suggestions", None),
    ("querystring", "Get"): ("200", "Querystring", None),
    ("querystring_search", "Get"): ("200", "Listing", None),
    ("querystring_search", "Post"): ("200", "Listing", "QuerystringSearchBody"),
    ("geojson", "Get"): ("200", "FeatureCollection", None),
    ("preview", "Get"): ("200", "PreviewToken", None),
    ("login", "Post"): ("200", "Token", "Login"),
    ("login_renew", "Post"): ("200", "Token", None),
    ("logout", "Post"): ("204", None, "LogoutBody"),
    ("lock", "Get"): ("200", "Lock", None),
    ("lock", "Post"): ("200", "Lock", "LockBody"),
    ("lock", "Patch"): ("200", "Lock", None),
    ("lock", "Delete"): ("200", "Lock", "UnlockBody"),
    ("unlock", "Post"): ("200", "Lock", "UnlockBody"),
    ("unlock", "Delete"): ("200", "Lock", "UnlockBody"),  # the module serves both
    ("history", "Get"): ("200", "History", None),
    ("history", "Patch"): ("200", "Message", "Revert"),
    ("copy", "Post"): ("200", "CopyResult", "CopyBody"),
    ("move", "Post"): ("200", "CopyResult", "CopyBody"),
    ("users", "Get"): ("200", "Users", None),
    ("groups", "Get"): ("200", "Groups", None),
    ("principals", "Get"): ("200", "Principals", None),
    ("roles", "Get"): ("200", "Roles", None),
    ("sharing", "Get"): ("200", "Sharing", None),
    ("sharing", "Post"): ("204", None, "SharingBody"),
    ("system", "Get"): ("200", "System", None),
    ("linkintegrity", "Get"): ("200", "Linkintegrity", None),
}
# Writes of read-only services and the Plone-only services: 501 (ERRORS) for those
# allowed to ask, 401/403 for the rest.
BODIES.update(
    {
        (module, verb): ("501", "Error", None)
        for module, verbs in (
            ("users", ("Post", "Patch", "Delete")),
            ("groups", ("Post", "Patch", "Delete")),
            ("unsupported", VERBS),
        )
        for verb in verbs
    }
)
# Services whose next path step names something: (parameter, verbs, response schema).
SUBPATHS = {
    "types": ("type", {"Get": "TypeSchema"}),
    "vocabularies": ("vocabulary", {"Get": "Vocabulary"}),
    "workflow": ("transition", {"Post": "WorkflowEntry"}),
    "history": ("version", {"Get": "Content"}),
    "users": ("id", {"Get": "User"}),
    "groups": ("id", {"Get": "Group"}),
}
# Content types other than application/json, per (module, verb[, subpath]).
MEDIA = {("geojson", "Get"): "application/geo+json"}


def openapi_view(request):
    return JsonResponse(document(), json_dumps_params={"indent": 1})


def document() -> dict:
    paths = {}
    for name, module_name in SERVICES.items():
        module = import_module(f"cms.api.services.{module_name}")
        url = "/++api++/{path}" + (f"/{name}" if name else "")
        paths[url] = {
            verb.lower(): operation(module_name, verb, getattr(module, verb), name)
            for verb in VERBS
            if hasattr(module, verb) and (module_name, verb) in BODIES
        }
        if module_name in SUBPATHS:
            param, verbs = SUBPATHS[module_name]
            paths[f"{url}/{{{param}}}"] = {
                verb.lower(): sub_operation(module_name, getattr(module, verb), name)
                for verb in verbs
                if hasattr(module, verb)
            }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vetcms Plone-style REST API",
            "version": "1.0.0",
            "description": "plone.restapi conventions over the Wagtail page tree: "
            "`/++api++/<path>` or `Accept: application/json` on the page URL. "
            "Zope-style parameters (`name:list`, dotted records). " + EXTRA_KEYS,
        },
        "paths": paths,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
            },
        },
        "security": [{}, {"basic": []}, {"bearer": []}],
    }


PATH_PARAMETER = {
    "name": "path",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "Page path below the site root, e.g. fi/kaytannot (may be empty: "
    "the site root).",
}


def operation(module_name: str, verb: str, service, name: str) -> dict:
    status, response, body = BODIES[(module_name, verb)]
    media = MEDIA.get((module_name, verb), service.content_type)
    path_parameter = {**PATH_PARAMETER, "examples": examples.path_examples(name)}
    parameters = [path_parameter] + [
        examples.query_parameter(p) for p in sorted(service.params)
    ]
    operation_id = f"{verb.lower()}_{name.strip('@') or 'content'}"
    op = {
        "summary": _summary(service, name),
        "operationId": operation_id,
        "parameters": parameters,
        "responses": {**_errors(), **_successes(status, response, media)},
    }
    if operation_id in examples.WITH_REQUESTS:
        op["description"] = examples.REQUESTS
    if status == "501":  # a Plone service (or verb) vetcms answers only with a 501
        op["x-not-implemented"] = True
    if body:
        op["requestBody"] = {
            "required": body in ("NewContent", "Login", "QuerystringSearchBody"),
            "content": {"application/json": {"schema": ref(body)}},
        }
    return op


def sub_operation(module_name: str, service, name: str) -> dict:
    param, verbs = SUBPATHS[module_name]
    verb = service.__name__
    _status, _response, body = BODIES[(module_name, verb)]
    media = "application/json+schema" if module_name == "types" else "application/json"
    op = operation(module_name, verb, service, name)
    op["operationId"] += f"_{param}"
    op["parameters"] = [
        op["parameters"][0],
        {"name": param, "in": "path", "required": True, "schema": {"type": "string"}},
        *op["parameters"][1:],
    ]
    op["responses"] = {**_successes("200", verbs[verb], media), **_errors()}
    return op


def _summary(service, name: str) -> str:
    doc = service.__doc__ or import_module(service.__module__).__doc__ or name
    return doc.strip().split("\n")[0]


def _successes(status, response, media) -> dict:
    statuses = status if isinstance(status, tuple) else (status,)
    result = {}
    for code in statuses:
        if code == "204" or response is None:
            result[code] = {"description": "Done (no body)"}
        else:
            result[code] = {
                "description": "JSON",
                "content": {media: {"schema": ref(response)}},
            }
    return result


def _errors() -> dict:
    return {
        code: {
            "description": text,
            "content": {"application/json": {"schema": ref("Error")}},
        }
        for code, text in ERRORS.items()
    }
