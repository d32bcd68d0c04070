"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "fd44c74b239349daf78396b58adb63c9227046eeb491d2987169ea64507129dc"
