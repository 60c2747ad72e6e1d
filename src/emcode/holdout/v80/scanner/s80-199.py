import pickle
from datetime import datetime, timedelta
from pathlib import Path


class TariffCache:
    """Caches the computed tariff table between runs of the nightly job."""

    def __init__(self, directory: Path, max_age=timedelta(hours=12)):
        self.file = directory / "tariffs.pickle"
        self.max_age = max_age

    def get(self, builder):
        if self.file.exists():
            age = datetime.now() - datetime.fromtimestamp(self.file.stat().st_mtime)
            if age < self.max_age:
                with self.file.open("rb") as fh:
                    return pickle.load(fh)
        table = builder()
        self.file.parent.mkdir(parents=True, exist_ok=True)
        with self.file.open("wb") as fh:
            pickle.dump(table, fh)
        return table


def build_table():
    return {zone: {h: round(1.2 * h, 2) for h in range(1, 25)} for zone in ("A", "B", "C")}


if __name__ == "__main__":
    cache = TariffCache(Path("/var/lib/carpark"))
    print(cache.get(build_table)["A"][3])
