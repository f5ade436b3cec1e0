"""The background tasks' kernel, for every task kind alike (django-tasks on its
database backend): retries with a growing delay (retry.py), the recovery of a task
whose worker died while running it (recovery.py) and the admin's report of them
(report.py). It imports nothing first-party: tasks are told apart by their path."""
