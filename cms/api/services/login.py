"""@login (POST ``{"login", "password"}``): a JSON Web Token for Plone clients, which
then send ``Authorization: Bearer <token>``. Failed attempts are rate limited."""

from django.contrib.auth import authenticate
from django.utils.translation import gettext as _

from cms.api import throttle, tokens
from cms.api.exceptions import BadRequest, InvalidCredentials
from cms.api.service import WriteService


class Post(WriteService):
    public = True
    needs_user = False

    def reply(self) -> dict:
        body = self.body()
        login, password = body.get("login"), body.get("password")
        if not isinstance(login, str) or not isinstance(password, str) or not login:
            raise BadRequest(_("Login and password must be provided in body."))
        throttle.check(self.request, login)
        user = authenticate(self.request, username=login, password=password)
        if user is None:
            raise InvalidCredentials(_("Wrong login and/or password."))
        return {"token": tokens.issue(user)}
