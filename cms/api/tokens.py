"""JSON Web Tokens as plone.restapi's JWT plugin issues them: HS256 signed with the
secret key, ``{"sub": <username>, "fullname", "exp", …}``; ours also carry a ``jti``
so that ``@logout`` can revoke one token before it expires, and a ``pwd`` claim tied
to the user's password hash (as Django's sessions are: ``get_session_auth_hash``), so
that a password change ends every token issued before it; a ``gen`` claim, the user's
token generation, lets ``@logout`` end all of a user's tokens at once."""

import datetime as dt
import uuid

import jwt
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from cms.api.exceptions import Unauthorized
from cms.api.models import RevokedToken, TokenGeneration
from cms.conf import settings as api_settings

ALGORITHM = "HS256"
AUDIENCE = "vetcms-api"


def signing_key() -> bytes:
    """32 bytes derived from SECRET_KEY (HS256 wants a key of at least that size;
    changing SECRET_KEY invalidates every token)."""
    return salted_hmac("cms.api.tokens", "jwt", algorithm="sha256").digest()


def issue(user) -> str:
    now = timezone.now()
    payload = {
        "sub": user.get_username(),
        "fullname": user.get_full_name() or user.get_username(),
        "iat": now,
        "exp": now + dt.timedelta(seconds=api_settings.TOKEN_MAX_AGE),
        "jti": uuid.uuid4().hex,
        "aud": AUDIENCE,
        "pwd": password_claim(user),
        "gen": TokenGeneration.of(user),
    }
    return jwt.encode(payload, signing_key(), algorithm=ALGORITHM)


def decode(token: str) -> dict:
    """The payload of a valid, unexpired, unrevoked token; 401 otherwise."""
    try:
        payload = jwt.decode(
            token,
            signing_key(),
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "jti", "pwd"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized(_("The token has expired.")) from None
    except jwt.PyJWTError:
        raise Unauthorized(_("Invalid token.")) from None
    if RevokedToken.objects.filter(jti=payload["jti"]).exists():
        raise Unauthorized(_("The token has been revoked."))
    return payload


def user_for(payload: dict):
    user = (
        get_user_model()
        ._default_manager.filter(
            **{get_user_model().USERNAME_FIELD: payload["sub"]}, is_active=True
        )
        .first()
    )
    if user is None:
        raise Unauthorized(_("Invalid token."))
    if not constant_time_compare(str(payload.get("pwd", "")), password_claim(user)):
        raise Unauthorized(_("The token was issued before a password change."))
    if payload.get("gen", 0) != TokenGeneration.of(user):
        raise Unauthorized(_("The token was issued before a logout everywhere."))
    return user


def password_claim(user) -> str:
    """A digest of the user's password hash (Django's session auth hash, shortened):
    it changes with the password, and reveals nothing about it."""
    return user.get_session_auth_hash()[:32]


def revoke_all(user) -> None:
    """Every token the user holds stops working (``@logout`` everywhere)."""
    TokenGeneration.advance(user)


def revoke(payload: dict) -> None:
    RevokedToken.prune()
    expires = dt.datetime.fromtimestamp(payload["exp"], tz=dt.UTC)
    RevokedToken.objects.get_or_create(
        jti=payload["jti"], defaults={"expires_at": expires}
    )
