import os
import pickle
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "projection-schedule"
CACHE_FILE = CACHE_DIR / "schedule.pkl"
MAX_AGE = 600


def fetch_schedule():
    return {"screen1": ["18:30", "21:00"], "screen2": ["19:15"]}


def load_schedule():
    if CACHE_FILE.exists() and time.time() - CACHE_FILE.stat().st_mtime < MAX_AGE:
        with CACHE_FILE.open("rb") as fh:
            return pickle.load(fh)
    data = fetch_schedule()
    CACHE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    with CACHE_FILE.open("wb") as fh:
        pickle.dump(data, fh)
    return data


if __name__ == "__main__":
    for screen, times in load_schedule().items():
        print(screen, ", ".join(times))
