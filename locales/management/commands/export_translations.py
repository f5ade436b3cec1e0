"""Write every pending string of a locale to PO files, one per page or snippet."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from locales.po import export_locale, start_untranslated


class Command(BaseCommand):
    help = "Export the strings still to translate into a locale as PO files."

    def add_arguments(self, parser):
        parser.add_argument("language", help="Target language code, e.g. fi.")
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--all",
            action="store_true",
            help="Include translated strings and complete translations.",
        )
        parser.add_argument(
            "--untranslated",
            action="store_true",
            help="First start translations (drafts) of the live pages that have none "
            "in this language yet, so they are exported too.",
        )

    def handle(self, language, directory, **options):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise CommandError(f"No locale {language!r}.")
        if options["untranslated"]:
            started = start_untranslated(locale)
            self.stdout.write(f"{len(started)} translation(s) started as drafts.")
        paths = export_locale(locale, directory, pending_only=not options["all"])
        for path in paths:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(paths)} PO file(s) written."))
