import shelve
import statistics
from datetime import date

from resort.telemetry import fetch_ride_counts

STORE = "/var/lib/resort/lift_stats"


def daily_summary(day: date):
    key = day.isoformat()
    with shelve.open(STORE) as db:
        if key in db:
            return db[key]
        counts = fetch_ride_counts(day)
        summary = {
            "total": sum(counts.values()),
            "median": statistics.median(counts.values()) if counts else 0,
        }
        db[key] = summary
        return summary


if __name__ == "__main__":
    print(daily_summary(date.today()))
