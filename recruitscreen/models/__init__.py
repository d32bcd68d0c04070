"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "b853a84a5d7e5e54b2dcb7ef8f4580781ee4efd8c5210075deba43276e1cd397"
