import json
import subprocess
import sys


def sync(config_path):
    with open(config_path) as fh:
        cfg = json.load(fh)
    for job in cfg["jobs"]:
        args = ["rsync", "-az", "--delete", "--", job["src"], job["dst"]]
        rc = subprocess.call(args)
        print(job["name"], "ok" if rc == 0 else f"failed ({rc})")


if __name__ == "__main__":
    sync(sys.argv[1])
