"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "968afc6419d4b7aacaf2caed3c3a728e9da32dd25f0f6ede552474bb1d5e4cd1"
