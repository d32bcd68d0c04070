"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "59f6cde7402ddf3a59f9eea1575ad63d3be6d1275256b50e2b24a000b043469d"
