import os
from pathlib import Path


class FlightLogStore:
    def __init__(self, root, mode=0o750):
        self.root = Path(root)
        self.mode = mode

    def dir_for(self, drone_id, day):
        d = self.root / drone_id / day
        os.makedirs(d, mode=self.mode, exist_ok=True)
        return d

    def append(self, drone_id, day, line):
        with open(self.dir_for(drone_id, day) / "frames.log", "a") as fh:
            fh.write(line + "\n")


if __name__ == "__main__":
    store = FlightLogStore("/srv/drone-logs")
    store.append("CDX-14", "2026-12-04", "alt=120 bat=81")
