"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "0dbcb11a850f4be924c47242bd0981ae99ff870359c0281173c15db124f5bc90"
