"""API errors in plone.rest's JSON shape: ``{"type": <class name>, "message": …}``.

The class name is the ``type`` Plone clients switch on, so the names follow Zope's."""

from django.utils.translation import gettext_lazy as _


class ApiError(Exception):
    status = 500
    default_message = _("The server could not answer this request.")

    def __init__(self, message=None, *, headers: dict | None = None):
        self.message = str(message or self.default_message)
        self.headers = headers or {}
        super().__init__(self.message)

    @property
    def type(self) -> str:
        return type(self).__name__

    # URL of the closest existing parent, as plone.rest adds to NotFound errors.
    context: str | None = None

    def as_json(self) -> dict:
        data = {"type": self.type, "message": self.message}
        if self.context:
            data["context"] = self.context
        return data


class BadRequest(ApiError):
    status = 400
    default_message = _("Bad request.")


class Unauthorized(ApiError):
    status = 401
    default_message = _("You are not authorized to access this resource.")


class Forbidden(ApiError):
    status = 403
    default_message = _("You are not allowed to access this resource.")


class NotFound(ApiError):
    status = 404
    default_message = _("Resource not found.")


class MethodNotAllowed(ApiError):
    status = 405
    default_message = _("This method is not allowed here.")

    def __init__(self, allowed: list[str], message=None):
        super().__init__(message, headers={"Allow": ", ".join(allowed)})


class ServiceUnavailable(ApiError):
    status = 503
    default_message = _("Search is not available right now. Please try again later.")


class Conflict(ApiError):
    status = 409
    default_message = _("The request conflicts with the resource's current state.")


class TooManyRequests(ApiError):
    status = 429
    default_message = _("Too many requests. Try again later.")


class ValidationFailed(BadRequest):
    """A 400 naming the fields that failed, each ``{"field", "message", "error"}`` as
    plone.restapi's deserializers report them."""

    type = "BadRequest"

    def __init__(self, errors: list[dict], message=None):
        self.errors = errors
        fields = ", ".join(sorted({e["field"] for e in errors}))
        super().__init__(
            message or _("Invalid input in: %(fields)s.") % {"fields": fields}
        )

    def as_json(self) -> dict:
        return {**super().as_json(), "errors": self.errors}


class InvalidCredentials(Unauthorized):
    """@login's 401: plone.restapi answers ``{"error": {"type": "Invalid
    credentials", …}}``; the top-level keys keep this API's error shape too."""

    type = "Unauthorized"

    def as_json(self) -> dict:
        return {
            **super().as_json(),
            "error": {"type": "Invalid credentials", "message": self.message},
        }


class NotImplementedHere(ApiError):
    """501 for a Plone service vetcms does not offer (or a verb of one it offers
    read-only); the message says what vetcms has instead."""

    status = 501
    type = "NotImplemented"
    default_message = _("This service is not implemented by vetcms.")
