import os
import sys

STATIONS = ["ST-01", "ST-02", "ST-07", "NUNATAK"]


def main(root):
    for st in STATIONS:
        path = os.path.join(root, st, "spool")
        os.makedirs(path, mode=0o750, exist_ok=True)
        print("ready:", path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/srv/glacier")
