"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "4ed8bb421ab56b934bf6415b507fc22237e748c74e5beb37ee57e14718108ab6"
