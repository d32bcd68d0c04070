"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "a25a7fff6a568bf5e3529c5ac50d7286141f6a81631bb84228c0dadd0063da79"
