"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "08a1e8060159c1183320ab7d78e6ae9a16a88047d4ad798895dcd093b6ac2510"
