"""The permission probe's world: in all five locales, pages in every state that the
access rule hides (drafts, scheduled, expired before the scheduler ran, live with a
go-live still to come, unpublished while the search engine was down, unpublished,
login and password restrictions, unpublished translations, newer drafts of live pages),
private documents, private images (originals and renditions) and ambassador
applications; each holds a unique random token. Page
types, sections and order are drawn at random (the seed is printed)."""

import datetime as dt
import random
import string
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE
from locales.localize import translate
from locales.roles import EDITORS, translators_group_name
from tests import factories

PAGE_KINDS = (
    "draft",
    "scheduled",
    "future_live",
    "outage_unpublished",
    "expired",
    "unpublished",
    "private_login",
    "private_password",
    "newer_draft",
)
SECTIONS = ("news", "practices", "events")
COMMON_WORD = "probeword"


@dataclass
class Secret:
    """``token`` is what must not leak; ``key`` is what the crawl asks for (searches,
    slugs, file names), so an answer that echoes the question is no leak."""

    token: str
    kind: str
    locale: str
    page: Page | None = None
    document: object = None
    key: str = ""
    image_urls: list[str] = field(default_factory=list)  # original first


@dataclass
class World:
    rng: random.Random
    indexes: dict[str, dict[str, Page]] = field(default_factory=dict)
    secrets: list[Secret] = field(default_factory=list)
    users: dict[str, object] = field(default_factory=dict)  # role → user (None: anon)

    def token(self) -> str:
        letters = "".join(self.rng.choices(string.ascii_lowercase, k=10))
        return f"zq{letters}"

    def key(self) -> str:
        letters = "".join(self.rng.choices(string.ascii_lowercase, k=10))
        return f"kx{letters}"

    def add(self, kind, locale, page=None, token=None, document=None, key="") -> Secret:
        secret = Secret(token or self.token(), kind, locale, page, document, key)
        self.secrets.append(secret)
        return secret

    @property
    def pages(self) -> list[Secret]:
        return [s for s in self.secrets if s.page is not None]


def build_sections(world: World, home) -> None:
    source = {
        "news": factories.NewsIndexPageFactory(parent=home),
        "practices": factories.PracticeIndexPageFactory(parent=home),
        "events": factories.EventIndexPageFactory(parent=home),
    }
    world.indexes[SOURCE_LANGUAGE] = {"home": home, **source}
    for code in LANGUAGE_CODES[1:]:
        translated = {"home": translate(home, code)}
        for name, index in source.items():
            translated[name] = translate(index, code, {index.title: f"{name} {code}"})
        world.indexes[code] = translated


def build_users(world: World, django_user_model) -> None:
    world.users["anonymous"] = None
    editor = django_user_model.objects.create_user("probe-editor", password="pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    world.users["editor"] = editor
    for code in LANGUAGE_CODES[1:]:
        user = django_user_model.objects.create_user(f"probe-{code}", password="pw")
        user.groups.add(Group.objects.get(name=translators_group_name(code)))
        world.users[f"translator:{code}"] = user


def new_page(world: World, locale: str, token: str, key: str, section=None, live=True):
    section = section or world.rng.choice(SECTIONS)
    parent = world.indexes[locale][section]
    text = f"{key} {token} {COMMON_WORD}"
    title = f"Probe {token}"
    if section == "news":
        return factories.NewsPageFactory(
            parent=parent, title=title, lead=text, live=live, slug=key
        )
    if section == "practices":
        return factories.PracticePageFactory(
            parent=parent, title=title, summary=text, live=live, slug=key
        )
    return factories.EventPageFactory(
        parent=parent, title=title, summary=text, live=live, slug=key
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_page_secret(world: World, locale: str, kind: str) -> None:
    token, key = world.token(), world.key()
    now = timezone.now()
    if kind == "draft":
        page = new_page(world, locale, token, key, live=False)
    elif kind == "scheduled":
        page = new_page(world, locale, token, key, live=False)
        page.go_live_at = now + dt.timedelta(days=3)
        page.save_revision().publish()
    elif kind == "expired":
        # Published and indexed, then its time ran out: the scheduler has not run.
        page = publish(new_page(world, locale, token, key))
        Page.objects.filter(pk=page.pk).update(expire_at=now - dt.timedelta(hours=1))
    elif kind == "future_live":
        # Live with a go-live still to come (an import, a date moved forward).
        page = publish(new_page(world, locale, token, key))
        Page.objects.filter(pk=page.pk).update(go_live_at=now + dt.timedelta(days=2))
    elif kind == "outage_unpublished":
        page = publish(new_page(world, locale, token, key))
        unpublished_while_engine_down(page)
    elif kind == "unpublished":
        page = publish(new_page(world, locale, token, key))
        page.unpublish()
    elif kind in ("private_login", "private_password"):
        page = publish(new_page(world, locale, token, key))
        restriction = kind.removeprefix("private_")
        PageViewRestriction.objects.create(
            page=page, restriction_type=restriction, password="probe-pw"
        )
    else:  # newer_draft: the live text is harmless, the draft holds the token
        page = publish(new_page(world, locale, "harmless", key))
        page = page.specific
        field_name = "lead" if hasattr(page, "lead") else "summary"
        setattr(page, field_name, f"{key} {token} {COMMON_WORD}")
        page.save_revision()
    world.add(kind, locale, page=Page.objects.get(pk=page.pk), token=token, key=key)


def unpublished_while_engine_down(page) -> None:
    """The state an outage leaves: the database says unpublished, the index still
    holds the page, and IndexFailure records the missed update for the catch-up."""
    from django.contrib.contenttypes.models import ContentType

    from search.models import IndexFailure

    Page.objects.filter(pk=page.pk).update(live=False)
    IndexFailure.objects.create(
        content_type=ContentType.objects.get_for_model(type(page.specific)),
        object_id=str(page.pk),
        action="index",
        error="ConnectionError: the engine was down (probe)",
    )


def build_public(world: World, locale: str) -> None:
    """A public page per locale: the crawl must find its token (the probe is live)."""
    token, key = world.token(), world.key()
    page = publish(new_page(world, locale, token, key))
    world.add("public", locale, page=page, token=token, key=key)


def build_unpublished_translation(world: World, locale: str, translator) -> None:
    """A translator submits a public English page for translation and translates its
    title: the translation must stay a draft (review cannot be skipped)."""
    source_token, key = world.token(), world.key()
    source = publish(new_page(world, SOURCE_LANGUAGE, source_token, key))
    world.add("public", SOURCE_LANGUAGE, page=source, token=source_token, key=key)
    target_locale = Locale.objects.get(language_code=locale)
    TranslationCreator(translator, [target_locale]).create_translations(source.specific)
    token = world.token()
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=target_locale
    )
    for segment in StringSegment.objects.filter(source=translation.source):
        if segment.string.data == source.title:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target_locale,
                context=segment.context,
                defaults={"data": f"Probe {token}"},
            )
    translation.save_target(user=translator, publish=True)
    target = source.get_translation(target_locale)
    world.add("unpublished_translation", locale, page=target, token=token, key=key)


def build_private_document(world: World, locale: str) -> None:
    token, key = world.token(), world.key()
    document = get_document_model().objects.create(
        title=f"Probe {token}",
        file=ContentFile(f"%PDF-1.4 {token}\n".encode(), name=f"{key}.pdf"),
    )
    page_token, page_key = world.token(), world.key()
    page = new_page(world, locale, page_token, page_key, section="news")
    page.body = [{"type": "document", "value": {"document": document.pk}}]
    page.save()
    publish(page)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    world.add(
        "private_login", locale, page=Page.objects.get(pk=page.pk), token=page_token
    )
    world.add("private_document", locale, page=page, token=token, document=document)


def png_with(token: str) -> ContentFile:
    """A small PNG whose text chunk holds the token: a served original shows it."""
    import io

    from PIL import Image as PillowImage
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", token)
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 480), (120, 160, 90)).save(buffer, "PNG", pnginfo=info)
    return ContentFile(buffer.getvalue(), name=f"{world_key(token)}.png")


def world_key(token: str) -> str:
    return "img" + token[2:]


def image_with_urls(token: str):
    from cms.conf import settings as api_settings

    image = get_image_model().objects.create(title="Probe photo", file=png_with(token))
    renditions = image.get_renditions(*api_settings.IMAGE_SCALES.values())
    return image, [image.file.url] + [r.url for r in renditions.values()]


def build_image(world: World, locale: str, kind: str) -> None:
    """An image on a page of ``kind`` (public, private_login, private_password or
    draft), the only page using it; its token is in the original's bytes."""
    token = world.token()
    image, urls = image_with_urls(token)
    page_token, page_key = world.token(), world.key()
    live = kind != "draft"
    page = new_page(world, locale, page_token, page_key, section="news", live=live)
    page.image = image
    page.save()
    if live:
        publish(page)
    if kind.startswith("private_"):
        restriction = kind.removeprefix("private_")
        PageViewRestriction.objects.create(
            page=page, restriction_type=restriction, password="probe-pw"
        )
    page = Page.objects.get(pk=page.pk)
    world.add(kind, locale, page=page, token=page_token, key=page_key)
    image_kind = "public_image" if kind == "public" else "private_image"
    secret = world.add(image_kind, locale, token=token)
    secret.image_urls = urls


def build_application(world: World, locale: str) -> None:
    token, key = world.token(), world.key()
    factories.AmbassadorApplicationFactory(
        name=f"Probe {token}",
        motivation=f"{key} {token} {COMMON_WORD}",
        language=locale,
    )
    world.add("application", locale, token=token, key=key)


def build_world(seed: int, home, django_user_model) -> World:
    world = World(random.Random(seed))
    build_sections(world, home)
    build_users(world, django_user_model)
    jobs = [(code, kind) for code in LANGUAGE_CODES for kind in PAGE_KINDS]
    world.rng.shuffle(jobs)
    for code, kind in jobs:
        build_page_secret(world, code, kind)
    for code in LANGUAGE_CODES:
        build_public(world, code)
        build_private_document(world, code)
        build_image(world, code, "public")
        build_image(
            world,
            code,
            world.rng.choice(("private_login", "private_password", "draft")),
        )
        build_application(world, code)
        if code != SOURCE_LANGUAGE:
            build_unpublished_translation(
                world, code, world.users[f"translator:{code}"]
            )
    return world


def may_see(role: str, secret: Secret) -> bool:
    """The access rule, restated for the probe's assertions."""
    if secret.kind == "application":
        return False  # never outside the admin
    if secret.kind in ("public", "public_image"):
        return True
    if role == "editor":
        return True
    if role.startswith("translator:"):
        return role.partition(":")[2] == secret.locale
    return False
