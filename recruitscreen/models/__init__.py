"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "530daa535a1ea8ecb7228970c302968bc6afe6efd913e7334a5a8c3c905ed122"
