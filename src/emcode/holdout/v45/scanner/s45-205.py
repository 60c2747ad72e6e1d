import json
import tempfile

import requests


def snapshot(drone_id):
    r = requests.get(f"https://fleet.cargodrone.example/api/drones/{int(drone_id)}/telemetry", timeout=10)
    r.raise_for_status()
    path = tempfile.mktemp(suffix=".json")
    with open(path, "w") as fh:
        json.dump(r.json(), fh)
    return path


if __name__ == "__main__":
    import sys
    print(snapshot(sys.argv[1]))
