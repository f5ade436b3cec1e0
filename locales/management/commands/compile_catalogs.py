"""Compile locales/<ll>/LC_MESSAGES/*.po to .mo with polib (no GNU gettext needed)."""

import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's gettext catalogs (LOCALE_PATHS) to .mo files."

    def handle(self, *args, **options):
        count = 0
        for base in settings.LOCALE_PATHS:
            for po_path in sorted(Path(base).glob("*/LC_MESSAGES/*.po")):
                po = polib.pofile(str(po_path))
                # Written aside, then renamed: a server or a test reading the catalog
                # meanwhile sees the old file or the new one, never half of one.
                mo_path = po_path.with_suffix(".mo")
                partial = mo_path.with_name(f".{mo_path.name}.{os.getpid()}")
                po.save_as_mofile(str(partial))
                os.replace(partial, mo_path)
                count += 1
                self.stdout.write(f"{po_path}: {po.percent_translated()}% translated")
        self.stdout.write(self.style.SUCCESS(f"{count} catalog(s) compiled."))
