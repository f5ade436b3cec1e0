"""Our backends: Wagtail's engine backends plus locale routing and failure recording.
One module per engine (as modelsearch does); `base.py` holds the shared behaviour."""
