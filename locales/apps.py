from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class LocalesConfig(AppConfig):
    """The translation workflow around wagtail-localize: roles per locale, the review
    workflow, status, translation memory, PO exchange, fallbacks and UI catalogs."""

    name = "locales"
    verbose_name = "vetcms translation workflow"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from locales import editor_language, ids, localize_patches, review, roles

        # No translation goes live without review, whatever path saves it; the
        # editor's notes' dates in the user's language. (The editor's review action
        # is a hook: locales/wagtail_hooks.py.)
        localize_patches.install(
            save_target=review.reviewed_save_target,
            get_comment=editor_language.translated_note,
        )
        ids.connect()  # the id ↔ code map forgets a locale saved or deleted

        # Every install gets the groups and the review workflow after migrate; a
        # locale's tree gets its permissions when its home page is created (that is
        # when wagtail-localize first translates into it, or load_demo builds it).
        post_migrate.connect(roles.setup_roles_after_migrate, sender=self)
        post_save.connect(roles.on_page_saved, dispatch_uid="locales.roles.page_saved")
