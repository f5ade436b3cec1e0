"""No tables of its own: roles, workflow and state live in Wagtail and wagtail-localize.
The module exists so that Django sends this app its post_migrate signal."""
