"""JSON Schemas of the API's request and response bodies (OpenAPI 3.1 components),
written from plone.restapi's documented shapes and checked against what the services
return (schemathesis, tests/schema/run.sh). Required keys are the ones every reply
has; other keys are allowed (add-ons and types add fields, as in Plone)."""

S = {"type": "string"}
NS = {"type": ["string", "null"]}
B = {"type": "boolean"}
INT = {"type": "integer"}
OBJ = {"type": "object"}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(required: dict, optional: dict | None = None, **extra) -> dict:
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
        **extra,
    }


def array(items: dict) -> dict:
    return {"type": "array", "items": items}


ID = {"@id": S}
TERM = obj({"token": S, "title": S})
BATCHING = obj({"@id": S, "first": S, "last": S}, {"next": S, "prev": S})
# Plone 6.1's summary keys: plone.restapi's (every summary, parents included) and
# plone.volto's (listings and search results).
SUMMARY = obj(
    {
        **ID,
        "@type": S,
        "title": S,
        "description": S,
        "review_state": NS,
        "type_title": S,
    },
    {
        "effective": NS,
        "start": NS,
        "end": NS,
        "head_title": NS,
        "nav_title": NS,
        "getRemoteUrl": NS,
        "mime_type": NS,
        "getObjSize": NS,
        "image_field": NS,
        "image_scales": {"type": ["object", "null"]},
    },
)
LISTED = obj(ID, {"@type": S, "title": S})  # a summary, or a full object (fullobjects)
NEIGHBOUR = {"anyOf": [obj({}, maxProperties=0), ref("Summary")]}
# Volto blocks by id (cms.api.blocks) and their order.
BLOCKS = {"type": "object", "additionalProperties": obj({"@type": S})}
BLOCKS_LAYOUT = obj({"items": array(S)})
CONTENT = obj(
    {
        **ID,
        "@type": S,
        "id": S,
        "UID": S,
        "type_title": S,
        "title": S,
        "description": S,
        "language": {"type": ["object", "string"]},
        "review_state": NS,
        "created": NS,
        "modified": NS,
        "effective": NS,
        "expires": NS,
        "is_folderish": B,
        "layout": S,
        "lock": OBJ,
        "version": {"type": ["string", "integer"]},
        "exclude_from_nav": B,
        "subjects": array(S),
        "parent": NEIGHBOUR,
        "previous_item": NEIGHBOUR,
        "next_item": NEIGHBOUR,
        "blocks": BLOCKS,
        "blocks_layout": BLOCKS_LAYOUT,
    },
    {
        "@components": OBJ,
        "items": array(ref("Listed")),
        "items_total": INT,
        "batching": ref("Batching"),
        "translation_state": OBJ,
    },
)
LISTING = obj(
    {**ID, "items": array(ref("Listed")), "items_total": INT},
    {
        "batching": ref("Batching"),
        "facets": OBJ,
        "highlights": OBJ,
        "unsupported": array(S),
    },
)
NAV_ITEM = obj(
    {
        **ID,
        "title": S,
        "description": S,
        "review_state": NS,
        "items": array(ref("NavItem")),
    }
)
CONTEXT_NAV_ITEM = obj(
    {
        **ID,
        "href": S,
        "title": S,
        "description": S,
        "icon": S,
        "thumb": S,
        "is_current": B,
        "is_folderish": B,
        "is_in_path": B,
        "normalized_id": S,
        "review_state": NS,
        "type": S,
        "items": array(ref("ContextNavItem")),
    }
)
ACTION = obj({"id": S, "title": S, "icon": S, "url": S})
WORKFLOW_ENTRY = obj(
    {
        "action": NS,
        "actor": {"type": ["string", "object"]},
        "review_state": S,
        "time": NS,
        "title": S,
    },
    {"comments": S},
)
ACTOR = obj({"@id": S, "id": S, "fullname": S, "username": NS})
HISTORY_ENTRY = obj(
    {"action": S, "actor": ACTOR, "time": NS, "transition_title": S, "type": S},
    {"@id": S, "comments": S, "version": INT, "may_revert": B, "review_state": S},
)
LOCK = obj(
    {"locked": B, "stealable": B},
    {
        "created": NS,
        "creator": S,
        "creator_name": S,
        "creator_url": S,
        "name": S,
        "time": {"type": "number"},
        "timeout": {"type": ["integer", "null"]},
        "token": S,
    },
)
TYPE_SCHEMA = obj(
    {
        "title": S,
        "type": S,
        "properties": OBJ,
        "required": array(S),
        "fieldsets": array(obj({"id": S, "title": S, "fields": array(S)})),
        "layouts": array(S),
    }
)

SCHEMAS = {
    "Error": obj(
        {"type": S, "message": S},
        {"context": S, "fields": {"type": ["array", "object"]}},
    ),
    "ServiceError": obj({"error": obj({"type": S, "message": S})}),
    "Term": TERM,
    "Batching": BATCHING,
    "Summary": SUMMARY,
    "Listed": LISTED,
    "Content": CONTENT,
    "Listing": LISTING,
    "NavItem": NAV_ITEM,
    "Navigation": obj({**ID, "items": array(ref("NavItem"))}),
    "ContextNavItem": CONTEXT_NAV_ITEM,
    "ContextNavigation": obj(
        {
            "available": B,
            "has_custom_name": B,
            "title": S,
            "url": S,
            "items": array(ref("ContextNavItem")),
        },
        ID,
    ),
    "Breadcrumbs": obj({**ID, "items": array(obj({**ID, "title": S})), "root": S}),
    "Navroot": obj({**ID, "navroot": ref("Content")}),
    "Translations": obj(
        {**ID, "items": array(obj({**ID, "language": S})), "root": OBJ}
    ),
    "TranslationLink": obj({**ID, "language": S}),
    "Located": obj(ID),
    "Actions": obj(
        {
            k: array(ACTION)
            for k in (
                "object",
                "object_buttons",
                "portal_tabs",
                "site_actions",
                "user",
                "document_actions",
            )
        },
        ID,
    ),
    "Workflow": obj(
        {
            **ID,
            "history": array(WORKFLOW_ENTRY),
            "transitions": array(obj({**ID, "title": S})),
        },
        {"state": obj({"id": S, "title": S})},
    ),
    "WorkflowEntry": WORKFLOW_ENTRY,
    "Aliases": obj(
        {
            **ID,
            "items": array(
                obj({"path": S, "redirect-to": S, "manual": B, "datetime": NS})
            ),
            "items_total": INT,
        }
    ),
    "Site": obj(
        {
            **ID,
            "plone.site_title": S,
            "plone.available_languages": array(S),
            "plone.default_language": S,
            "features": OBJ,
        },
        {"plone.site_logo": NS, "plone.robots_txt": S, "plone.allowed_sizes": array(S)},
    ),
    "TypeList": array(
        obj({**ID, "id": S, "title": S, "addable": B, "immediately_addable": B})
    ),
    "TypeSchema": TYPE_SCHEMA,
    "VocabularyList": array(obj({**ID, "title": S})),
    "Vocabulary": obj(
        {**ID, "items": array(TERM), "items_total": INT}, {"batching": BATCHING}
    ),
    "Suggestions": obj({**ID, "q": S, "items": array(obj({"title": S, "kind": S}))}),
    "Querystring": obj({**ID, "indexes": OBJ, "sortable_indexes": OBJ}),
    "FeatureCollection": obj(
        {"type": {"const": "FeatureCollection"}, "features": array(OBJ)}
    ),
    "PreviewToken": obj({**ID, "token": S, "preview_url": S, "max_age": INT}),
    "Token": obj({"token": S}),
    "Lock": LOCK,
    "History": array(HISTORY_ENTRY),
    "Message": obj({"message": S}),
    "CopyResult": array(obj({"source": S, "target": S})),
    # Request bodies
    "Login": obj({"login": S, "password": S}),
    "NewContent": obj(
        {"@type": S},
        {
            "title": S,
            "id": S,
            "language": S,
            "translation_of": S,
            "changeNote": S,
            "@static_behaviors": {"type": ["array", "null"]},
            "blocks": BLOCKS,
            "blocks_layout": BLOCKS_LAYOUT,
        },
    ),
    "ContentChanges": obj(
        {},
        {
            "title": S,
            "description": S,
            "changeNote": S,
            "subjects": array(S),
            "relatedItems": {"type": "array"},
            "blocks": BLOCKS,
            "blocks_layout": BLOCKS_LAYOUT,
        },
    ),
    "TransitionBody": obj(
        {}, {"comment": S, "effective": S, "expires": S, "include_children": B}
    ),
    "LockBody": obj({}, {"stealable": B, "timeout": INT}),
    "UnlockBody": obj({}, {"force": B}),
    "LogoutBody": obj({}, {"everywhere": B}),
    "Revert": obj({"version": INT}),
    "TranslationLinkBody": obj({"id": S}),
    "TranslationUnlinkBody": obj({"language": S}),
    "AliasesBody": obj(
        {
            "items": array(
                {"oneOf": [obj({"path": S}, {"redirect-to": S, "datetime": S}), S]}
            )
        }
    ),
    "DeleteBody": obj({}, {"delete_translations": B}),
    "CopyBody": obj({"source": {"type": ["string", "array"], "items": S}}),
    "QuerystringSearchBody": obj(
        {"query": array(obj({"i": S, "o": S}, {"v": {}}))},
        {
            "b_start": INT,
            "b_size": INT,
            "limit": INT,
            "sort_on": S,
            "sort_order": {"type": ["string", "boolean"]},
            "fullobjects": {"type": ["boolean", "integer", "string"]},
            "metadata_fields": {"type": ["string", "array"]},
            "sort_limit": INT,
        },
    ),
}

# Wagtail's users and groups in plone.restapi's shapes (cms.api.principals).
USER = obj(
    {**ID, "id": S, "username": S, "fullname": NS, "email": NS, "roles": array(S)},
    {"groups": OBJ, "description": NS, "home_page": NS, "location": NS},
)
GROUP = obj({**ID, "id": S, "groupname": S, "title": S, "roles": array(S)})
SCHEMAS.update(
    {
        "User": USER,
        "Users": array(ref("User")),
        "Group": GROUP,
        "Groups": array(ref("Group")),
        "Principals": obj({"users": array(ref("User")), "groups": array(ref("Group"))}),
        "Roles": array(obj({**ID, "@type": S, "id": S, "title": S})),
        "Sharing": obj(
            {
                "available_roles": array(obj({"id": S, "title": S})),
                "entries": array(obj({"id": S, "type": S, "roles": OBJ})),
                "inherit": B,
            }
        ),
        "SharingBody": obj(
            {},
            {"entries": array(obj({"id": S}, {"type": S, "roles": OBJ})), "inherit": B},
        ),
        "System": obj({**ID, "upgrade": B}),
        "Linkintegrity": array(
            obj(
                {
                    **ID,
                    "title": S,
                    "type": S,
                    "breaches": array(OBJ),
                    "items_total": INT,
                }
            )
        ),
    }
)
