import json
import os
import sys


def save_waypoints(path, waypoints):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(waypoints, fh)


if __name__ == "__main__":
    pts = [tuple(map(float, ln.split(","))) for ln in sys.stdin if ln.strip()]
    save_waypoints(sys.argv[1], [{"lat": a, "lon": b} for a, 