import json
import os

OUT_DIR = "/var/www/garden/static/data"


def publish_calendar(events):
    os.makedirs(OUT_DIR, mode=0o755, exist_ok=True)
    path = os.path.join(OUT_DIR, "calendar.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(events, fh)
    os.chmod(path, 0o644)
    return path


if __name__ == "__main__":
    print(publish_calendar([{"date": "2025-04-12", "title": "Seed swap"}]))
