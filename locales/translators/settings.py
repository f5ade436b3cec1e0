"""WAGTAILLOCALIZE_MACHINE_TRANSLATOR from the environment (imported by settings, so it
imports nothing from Django's app registry).

The translation memory always answers first and works offline; a vendor key in the
environment adds that vendor for the strings the memory does not know: DEEPL_API_KEY (+
DEEPL_FORMALITY), GOOGLE_CLOUD_PROJECT (+ GOOGLE_APPLICATION_CREDENTIALS,
GOOGLE_CLOUD_LOCATION), or LIBRETRANSLATE_URL (+ LIBRETRANSLATE_API_KEY).
MACHINE_TRANSLATOR=none switches machine translation off.
"""

from collections.abc import Mapping
from typing import Any

MEMORY = "locales.translators.memory.TranslationMemoryTranslator"
VENDORS = "wagtail_localize.machine_translators"


def vendor_translator(env: Mapping[str, str]) -> dict[str, Any] | None:
    if env.get("DEEPL_API_KEY"):
        options = {"AUTH_KEY": env["DEEPL_API_KEY"]}
        if env.get("DEEPL_FORMALITY"):
            options["FORMALITY"] = env["DEEPL_FORMALITY"]
        return {"CLASS": f"{VENDORS}.deepl.DeepLTranslator", "OPTIONS": options}
    if env.get("GOOGLE_CLOUD_PROJECT"):
        options = {
            "PROJECT_ID": env["GOOGLE_CLOUD_PROJECT"],
            "LOCATION": env.get("GOOGLE_CLOUD_LOCATION", "global"),
        }
        if env.get("GOOGLE_APPLICATION_CREDENTIALS"):
            options["CREDENTIALS_PATH"] = env["GOOGLE_APPLICATION_CREDENTIALS"]
        return {"CLASS": f"{VENDORS}.google.GoogleCloudTranslator", "OPTIONS": options}
    if env.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": f"{VENDORS}.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": env["LIBRETRANSLATE_URL"],
                "API_KEY": env.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


def machine_translator(env: Mapping[str, str]) -> dict[str, Any] | None:
    if env.get("MACHINE_TRANSLATOR", "").lower() == "none":
        return None
    return {"CLASS": MEMORY, "OPTIONS": {"FALLBACK": vendor_translator(env)}}
