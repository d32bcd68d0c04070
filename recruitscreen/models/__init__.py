"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "e5aca9d5e8bf32fb23df4df97c9b41935f9aab56e672094c5e3d758740561eb6"
