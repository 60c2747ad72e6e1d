import pickle
from datetime import datetime, timedelta
from pathlib import Path


class AvailabilityCache:
    def __init__(self, path: Path, ttl: timedelta = timedelta(minutes=15)):
        self.path = path
        self.ttl = ttl

    def get(self):
        if not self.path.exists():
            return None
        with self.path.open("rb") as fh:
            saved_at, data = pickle.load(fh)
        if datetime.now() - saved_at > self.ttl:
            return None
        return data

    def put(self, data):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump((datetime.now(), data), fh)
        tmp.replace(self.path)


def compute_availability():
    return {"Main": ["06:00", "07:30"], "Studio": ["12:00"]}


if __name__ == "__main__":
    cache = AvailabilityCache(Path.home() / ".rinkbook" / "availability.pkl")
    avail = cache.get()
    if avail is None:
        avail = compute_availability()
        cache.put(avail)
    print(avail)
