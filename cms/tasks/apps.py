from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "cms.tasks"
    label = "vettasks"
    verbose_name = "Background tasks"

    def ready(self):
        from django_tasks.signals import task_finished

        from cms.tasks import retry

        task_finished.connect(retry.on_task_finished, dispatch_uid="vettasks_retry")
