"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "c7c76b14695c766ac8809cacb58906c1cf8bf9abb518c65ad976607c4b625bf1"
