import os
import pickle
import time

CACHE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "daily_totals.pkl")


def compute_totals():
    # pretend this is a slow aggregation over the telemetry DB
    time.sleep(1)
    return {"2024-06-01": 41.2, "2024-06-02": 38.7}


def load_totals():
    if os.path.exists(CACHE_FILE) and time.time() - os.path.getmtime(CACHE_FILE) < 3600:
        with open(CACHE_FILE, "rb") as fh:
            return pickle.load(fh)
    totals = compute_totals()
    with open(CACHE_FILE, "wb") as fh:
        pickle.dump(totals, fh)
    return totals


if __name__ == "__main__":
    for day, kwh in load_totals().items():
        print(day, kwh)
