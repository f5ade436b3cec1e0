"""Text that no database stores: NUL (PostgreSQL refuses it, SQLite keeps it) and lone
surrogates (``json.loads`` accepts ``"\\ud800"``; no UTF-8 encodes it). A request
carrying them answers 400 before anything reaches a query or a save: the middleware
checks the path and the query string, the API checks each JSON body it parses."""

from django.core.exceptions import TooManyFieldsSent
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


def flaw(text: str) -> str | None:
    """What makes ``text`` unstorable, or None."""
    if "\x00" in text:
        return _("a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _("a lone surrogate")
    return None


def find_flaw(value) -> tuple[str, str] | None:
    """(path, flaw) of the first unstorable string in a parsed JSON value (keys too),
    walked without recursion (bodies may nest deeply)."""
    stack = [("", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str):
            problem = flaw(item)
            if problem:
                return path or "/", problem
        elif isinstance(item, dict):
            for key, child in item.items():
                problem = flaw(key)
                if problem:
                    return f"{path}/{key!r}", problem
                stack.append((f"{path}/{key}", child))
        elif isinstance(item, list):
            stack.extend((f"{path}/{i}", child) for i, child in enumerate(item))
    return None


def query_flaw(request) -> str | None:
    """The path or a query parameter holding unstorable text, described, or None."""
    problem = flaw(request.path)
    if problem:
        return _("The address holds %(flaw)s.") % {"flaw": problem}
    for name, values in request.GET.lists():
        for text in (name, *values):
            problem = flaw(text)
            if problem:
                return _("Parameter '%(name)s' holds %(flaw)s.") % {
                    "name": name.replace("\x00", ""),
                    "flaw": problem,
                }
    return None


class UnsafeTextMiddleware:
    """400 for a path or query string with unstorable text (the API answers it in its
    own JSON envelope, so its paths are left to it)."""

    def __init__(self, get_response, skip=("/++api++",)):
        self.get_response = get_response
        self.skip = skip

    def __call__(self, request):
        if not request.path.startswith(self.skip):
            try:
                problem = query_flaw(request)
            except TooManyFieldsSent:
                # Answered further in, in the format the request asked for (JSON to
                # an API client): request.GET raises again there.
                problem = None
            if problem:
                return HttpResponseBadRequest(problem, content_type="text/plain")
        return self.get_response(request)
