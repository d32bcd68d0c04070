"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "3e237bd46f0b6138fa253f51c7c1c38c84f9d5e6d50a8b7cb4c28fa1d860beca"
