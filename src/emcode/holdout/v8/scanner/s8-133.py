import json
import os
import tempfile


class JobCache:
    def __init__(self) -> None:
        self._dir = tempfile.mkdtemp(prefix="jobcache-")
        self.path = os.path.join(self._dir, "cache.json")

    def put(self, data: dict) -> None:
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(data, f)

    def get(self) -> dict:
        if not os.path.exists(self.path):
            return {}
        with open(self.path, encoding="utf-8") as f:
            return json.load(f)
