"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "968882efce493a509f82733a704b479dd029707d7704f5aa6aed0d2e14f0cf9d"
