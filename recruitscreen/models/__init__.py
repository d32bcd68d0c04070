"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "8b98615acd2e5575f3cb9e97b151013256b1008c24874996ff4ab50a9162d0f1"
