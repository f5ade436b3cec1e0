"""The kernel: the access rule, knobs, the content generation and small shared helpers
that every other package builds on. It imports nothing first-party outside itself
(tests/test_import_graph.py checks it)."""
