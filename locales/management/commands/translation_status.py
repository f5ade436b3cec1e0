"""Print the page × locale translation matrix, as a table or as JSON."""

import json

from django.core.management.base import BaseCommand, CommandError

from locales import status

MARKS = {
    status.TRANSLATED: "ok",
    status.OUT_OF_DATE: "stale",
    status.MISSING: "-",
}


class Command(BaseCommand):
    help = "Show how far every page is translated into each locale."

    def add_arguments(self, parser):
        parser.add_argument(
            "--section", help="Only pages under this page (id or slug)."
        )
        parser.add_argument(
            "--type",
            dest="page_type",
            default="",
            help="Only this page type, e.g. pages.PracticePage.",
        )
        parser.add_argument("--json", action="store_true", help="Print JSON.")

    def handle(self, *args, section=None, page_type="", **options):
        rows = status.rows_for(self.section(section), page_type)
        if options["json"]:
            data = {
                "pages": [row.as_dict() for row in rows],
                "summary": status.summary(rows),
            }
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
            return
        self.print_table(rows)

    def section(self, value):
        if not value:
            return None
        pages = status.source_pages()
        page = pages.filter(pk=value).first() if value.isdigit() else None
        page = page or pages.filter(slug=value).first()
        if page is None:
            raise CommandError(f"No source page {value!r}.")
        return page

    def print_table(self, rows):
        codes = status.active_codes()
        width = max([len(self.label(r)) for r in rows] + [5])
        self.stdout.write("Page".ljust(width) + "".join(c.rjust(8) for c in codes))
        for row in rows:
            title = self.label(row)
            cells = [self.mark(row.cells[c]) if c in row.cells else "" for c in codes]
            self.stdout.write(title.ljust(width) + "".join(c.rjust(8) for c in cells))
        for code, counts in status.summary(rows).items():
            text = ", ".join(
                f"{n} {state.replace('_', ' ')}" for state, n in counts.items()
            )
            self.stdout.write(f"{code}: {text}")

    @staticmethod
    def label(row) -> str:
        depth = getattr(row.page, "depth", 2)
        return "  " * (depth - 2) + row.title

    @staticmethod
    def mark(cell):
        if cell.state == status.IN_PROGRESS:
            return f"{cell.progress.percent}%"
        return MARKS[cell.state]
