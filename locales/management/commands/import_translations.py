"""Read PO files (from export_translations, or wagtail-localize's editor) back in."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from locales.po import import_directory


class Command(BaseCommand):
    help = (
        "Import translated PO files; pages get a draft revision for review, "
        "snippets are saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", help="Target language code, e.g. fi.")
        parser.add_argument("directory", type=Path)
        parser.add_argument("--user", help="Username recorded as the translator.")
        parser.add_argument(
            "--no-save",
            action="store_true",
            help="Only store the strings; do not save drafts.",
        )

    def handle(self, language, directory, **options):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise CommandError(f"No locale {language!r}.")
        if not directory.is_dir():
            raise CommandError(f"No directory {directory}.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']!r}.")
        with transaction.atomic():
            report = import_directory(
                directory, locale=locale, user=user, save=not options["no_save"]
            )
        for warning in report.warnings:
            self.stderr.write(warning)
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.strings} string(s) from {report.files} file(s); "
                f"{report.skipped_fuzzy} fuzzy skipped; {len(report.saved)} saved."
            )
        )
