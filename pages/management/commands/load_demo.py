"""python manage.py load_demo [--practices N]: the demo site, safe to run again."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from pages.demo.builder import DemoBuilder
from pages.demo.synthetic import add_synthetic_practices


class Command(BaseCommand):
    help = (
        "Build the demo site (idempotent). --practices N adds N synthetic practices in "
    )
    "all five locales, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument(
            "--practices",
            type=int,
            default=0,
            metavar="N",
            help="Also create N synthetic practices, translated into every locale.",
        )

    def handle(self, *args, practices, **options):
        if practices < 0:
            raise CommandError("--practices must be zero or more.")
        builder = DemoBuilder()
        quiet = options["verbosity"] == 0
        with tqdm(builder.steps(), desc="demo", unit="step", disable=quiet) as bar:
            for name, step in bar:
                bar.set_postfix_str(name)
                with transaction.atomic():
                    step()
        if practices:
            created = add_synthetic_practices(
                builder.sections["practices"], practices, progress=not quiet
            )
            self.stdout.write(f"{created} synthetic practices added.")
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
