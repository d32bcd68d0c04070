"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "3b295288bdfa50593927709a2a6942e52aba0a7373cf9a42ddf3f42d5b15f59d"
