"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "4785399c4c2d40e97e7ca2d5d4dca04acaff2c0b032e1fba72861761e5ff2c7b"
