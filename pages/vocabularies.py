"""Fixed vocabularies of the VET domain: countries, languages and the kinds used to
classify content. Labels go through gettext; stored values are stable codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# EU Member States plus Iceland and Norway (ISO 3166-1 alpha-2; Greece is GR, not EL).
# These are the countries an ambassador may come from.
NETWORK_COUNTRIES = {
    "AT": _("Austria"),
    "BE": _("Belgium"),
    "BG": _("Bulgaria"),
    "HR": _("Croatia"),
    "CY": _("Cyprus"),
    "CZ": _("Czechia"),
    "DK": _("Denmark"),
    "EE": _("Estonia"),
    "FI": _("Finland"),
    "FR": _("France"),
    "DE": _("Germany"),
    "GR": _("Greece"),
    "HU": _("Hungary"),
    "IE": _("Ireland"),
    "IT": _("Italy"),
    "LV": _("Latvia"),
    "LT": _("Lithuania"),
    "LU": _("Luxembourg"),
    "MT": _("Malta"),
    "NL": _("Netherlands"),
    "PL": _("Poland"),
    "PT": _("Portugal"),
    "RO": _("Romania"),
    "SK": _("Slovakia"),
    "SI": _("Slovenia"),
    "ES": _("Spain"),
    "SE": _("Sweden"),
    "IS": _("Iceland"),
    "NO": _("Norway"),
}

# Sub-national units that run their own VET systems (ISO 3166-2 style codes). A practice
# from the French-speaking community of Belgium is filed under BE-FR and found under BE.
REGIONS = {
    "BE-FR": (_("Belgium – French Community"), "BE"),
    "BE-NL": (_("Belgium – Flemish Community"), "BE"),
    "BE-DE": (_("Belgium – German-speaking Community"), "BE"),
}

COUNTRY_NAMES = {
    **NETWORK_COUNTRIES,
    **{code: name for code, (name, _p) in REGIONS.items()},
}
COUNTRY_CHOICES = sorted(COUNTRY_NAMES.items(), key=lambda item: item[0])
NETWORK_COUNTRY_CHOICES = sorted(NETWORK_COUNTRIES.items(), key=lambda item: item[0])

# Languages content, services and resources are offered in (ISO 639-1, or 639-3 where a
# language has no two-letter code).
LANGUAGE_NAMES = {
    "ar": _("Arabic"),
    "bbo": _("Bobo"),
    "bg": _("Bulgarian"),
    "bs": _("Bosnian"),
    "cs": _("Czech"),
    "da": _("Danish"),
    "de": _("German"),
    "dyu": _("Dioula"),
    "el": _("Greek"),
    "en": _("English"),
    "es": _("Spanish"),
    "et": _("Estonian"),
    "fa": _("Farsi"),
    "fi": _("Finnish"),
    "fr": _("French"),
    "ga": _("Irish"),
    "hr": _("Croatian"),
    "hu": _("Hungarian"),
    "is": _("Icelandic"),
    "it": _("Italian"),
    "lt": _("Lithuanian"),
    "lv": _("Latvian"),
    "mt": _("Maltese"),
    "nl": _("Dutch"),
    "no": _("Norwegian"),
    "pl": _("Polish"),
    "pt": _("Portuguese"),
    "ro": _("Romanian"),
    "ru": _("Russian"),
    "sk": _("Slovak"),
    "sl": _("Slovenian"),
    "sr": _("Serbian"),
    "sv": _("Swedish"),
    "tr": _("Turkish"),
    "uk": _("Ukrainian"),
    "zh": _("Chinese"),
}
LANGUAGE_CHOICES = sorted(LANGUAGE_NAMES.items(), key=lambda item: item[0])


class PracticeKind(models.TextChoices):
    GOOD_PRACTICE = "good-practice", _("Good practice")
    QUICK_WIN = "quick-win", _("Quick win")
    TOOL = "tool", _("Tool / toolkit")


class PracticeStatus(models.TextChoices):
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    PILOT = "pilot", _("Pilot")


class OrganisationKind(models.TextChoices):
    EU_AGENCY = "eu-agency", _("EU agency")
    EU_INSTITUTION = "eu-institution", _("EU institution")
    UN_BODY = "un-body", _("UN body")
    OECD = "oecd", _("OECD")
    INTERNATIONAL = "international", _("Other international organisation")
    MINISTRY = "ministry", _("Ministry or public authority")
    PROVIDER = "provider", _("Education and training provider")
    COMPANY = "company", _("Company")
    SOCIAL_PARTNER = "social-partner", _("Social partner")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class EventDocumentKind(models.TextChoices):
    AGENDA = "agenda", _("Agenda")
    FACTSHEET = "factsheet", _("Factsheet")
    PRESENTATION = "presentation", _("Presentation")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other")


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    SELF_ASSESSMENT = "self-assessment", _("Self-assessment tool")
    BADGE_CRITERIA = "badge-criteria", _("Open Badge criteria")
    TRAINING_MODULE = "training-module", _("Training module")
    VIDEO = "video", _("Video")
    LINK = "link", _("Link")


class AudienceRole(models.TextChoices):
    LEARNING_AMBASSADOR = "learning-ambassador", _("Learning ambassador")
    WORKPLACE_TRAINER = "workplace-trainer", _("Workplace trainer")
    VET_TEACHER = "vet-teacher", _("VET teacher")
    LEARNER = "learner", _("Learner")
    COMPANY = "company", _("Company")


class AmbassadorKind(models.TextChoices):
    POLICY_MAKER = "policy-maker", _("Policy maker")
    LEARNING_PROVIDER = "learning-provider", _("Learning provider")
    EXPERT = "expert", _("Expert")
    OTHER_STAKEHOLDER = "other-stakeholder", _("Other stakeholder")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


def country_name(code: str) -> str:
    return str(COUNTRY_NAMES.get(code, code))


def is_network_country(code: str) -> bool:
    return code in NETWORK_COUNTRIES
