"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "b0827472376f00622246664d3e52ea81197931f6a9d9ca3631a4bacc16b1c803"
