import json
import sys


def load_drone_profile(path):
    with open(path, encoding="utf-8") as fh:
        profile = json.load(fh)
    required = {"max_payload_kg", "max_range_km", "cruise_speed_ms"}
    missing = required - profile.keys()
    if missing:
        raise SystemExit(f"profile missing: {', '.join(sorted(missing))}")
    return profile


if __name__ == "__main__":
    p = load_drone_profile(sys.argv[1])
    print(f"range {p['max_range_km']} km at {p['cruise_speed_ms']} m/s")
