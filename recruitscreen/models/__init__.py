"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "f66bc318b342c70767abfbfc975b14d922efb2363f76717687fe912b20078050"
