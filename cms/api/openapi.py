"""The OpenAPI 3.1 description of the API, served at the stable URL /api/openapi.json.
Built from the services themselves (their verbs and declared parameters), so it
cannot drift from what the code accepts."""

from importlib import import_module

from django.http import JsonResponse

from cms.api.services import SERVICES

VERBS = ("Get", "Post", "Patch", "Delete")
ERRORS = {
    "400": "Bad parameter or body",
    "401": "Not public (anonymous) or bad preview token",
    "403": "Not allowed for this user",
    "404": "No such page or service",
    "405": "Method not allowed",
    "409": "Conflicts with the page's state (e.g. locked by someone else)",
    "429": "Too many failed logins",
}
EXTRA_KEYS = (
    "Extra keys beyond plone.restapi: `facets` (counts per portal_type, Language, …) "
    "and `highlights` / `unsupported` on @search and @querystring-search; "
    "`translation_state` on content; `@ambassadors-geojson` (GeoJSON) and "
    "`@preview-token` (editors) services."
)


def openapi_view(request):
    return JsonResponse(document(), json_dumps_params={"indent": 1})


def document() -> dict:
    paths = {}
    for name, module_name in SERVICES.items():
        module = import_module(f"cms.api.services.{module_name}")
        url = "/++api++/{path}" + (f"/{name}" if name else "")
        operations = {
            verb.lower(): operation(module, getattr(module, verb), name)
            for verb in VERBS
            if hasattr(module, verb)
        }
        paths[url] = operations
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
        "components": {"schemas": {"Error": ERROR_SCHEMA}},
    }


ERROR_SCHEMA = {
    "type": "object",
    "required": ["type", "message"],
    "properties": {
        "type": {"type": "string", "examples": ["NotFound", "BadRequest"]},
        "message": {"type": "string"},
        "context": {"type": "string", "format": "uri"},
    },
}


def operation(module, service, name: str) -> dict:
    parameters = [
        {
            "name": "path",
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
            "description": "Page path below the site root, e.g. fi/kaytannot (may be "
            "empty: the site root).",
        }
    ]
    parameters += [
        {"name": p, "in": "query", "schema": {"type": "string"}}
        for p in sorted(service.params)
    ]
    errors = {
        code: {
            "description": text,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            },
        }
        for code, text in ERRORS.items()
    }
    op = {
        "summary": (module.__doc__ or name).strip().split("\n")[0],
        "operationId": f"{service.__name__.lower()}_{name.strip('@') or 'content'}",
        "parameters": parameters,
        "responses": {**success(service), **errors},
    }
    if (
        service.__name__ in ("Post", "Patch", "Delete")
        and name != "@querystring-search"
    ):
        # Write services read a JSON object (its keys: cms/api/README.md).
        op["requestBody"] = {
            "content": {"application/json": {"schema": {"type": "object"}}}
        }
    if service.__name__ == "Post" and name == "@querystring-search":
        op["requestBody"] = {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["query"],
                        "properties": {
                            "query": {"type": "array", "items": {"type": "object"}}
                        },
                    }
                }
            }
        }
    return op


def success(service) -> dict:
    status = getattr(service, "status", 200)
    if status == 204:
        return {"204": {"description": "Done, no body"}}
    answer = {"description": "JSON", "content": {service.content_type: {}}}
    if service.__name__ == "Patch":  # 204 unless Prefer: return=representation
        return {"200": answer, "204": {"description": "Done, no body"}}
    return {str(status): answer}
