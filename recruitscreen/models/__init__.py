"""The shipped model and its pinned SHA-256 (rewritten by ``scripts/build_model.py``)."""

SHIPPED_SHA256 = "6ecd79192a18cb8cc734a509e9431beaad0d27ff6663467745e59ab71cf620ae"
