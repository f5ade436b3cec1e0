"""The OpenAPI description of the API, served at the stable URL /api/openapi.json."""

from django.http import JsonResponse

from cms.api.services import SERVICES


def openapi_view(request):
    return JsonResponse(document(), json_dumps_params={"indent": 1})


def document() -> dict:
    paths = {
        "/++api++/{path}": _op(
            "Content of the page at {path}",
            [
                "expand",
                "b_start",
                "b_size",
                "include_items",
                "fullobjects",
                "metadata_fields",
            ],
        )
    }
    for name in SERVICES:
        if name:
            paths[f"/++api++/{{path}}/{name}"] = _op(
                f"The {name} service on {{path}}", []
            )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vetcms Plone-style REST API",
            "version": "1.0.0",
            "description": "plone.restapi conventions over the Wagtail page tree. "
            "Errors: {type, message}. Search facets: key `facets`.",
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["type", "message"],
                    "properties": {
                        "type": {"type": "string"},
                        "message": {"type": "string"},
                    },
                }
            }
        },
    }


def _op(summary: str, params: list[str]) -> dict:
    parameters = [
        {"name": "path", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    parameters += [
        {"name": p, "in": "query", "schema": {"type": "string"}} for p in params
    ]
    errors = {
        str(code): {
            "description": text,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            },
        }
        for code, text in [
            (400, "Bad parameter"),
            (401, "Not public"),
            (404, "Not found"),
        ]
    }
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {"200": {"description": "JSON"}, **errors},
        }
    }
