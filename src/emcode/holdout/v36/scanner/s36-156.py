import pickle
from pathlib import Path

from platformdirs import user_cache_dir

CACHE = Path(user_cache_dir("mothgame", "LanternFox")) / "atlas.pickle"


class AtlasCache:
    def __init__(self, version):
        self.version = version

    def load(self):
        if not CACHE.exists():
            return None
        with CACHE.open("rb") as fh:
            data = pickle.load(fh)
        return data if data.get("version") == self.version else None

    def save(self, atlas):
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        with CACHE.open("wb") as fh:
            pickle.dump({"version": self.version, "atlas": atlas}, fh, protocol=pickle.HIGHEST_PROTOCOL)
