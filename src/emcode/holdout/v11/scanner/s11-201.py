import sys

import yaml


def load_job(path):
    with open(path) as fh:
        job = yaml.unsafe_load(fh)
    job.setdefault("retries", 3)
    return job


if __name__ == "__main__":
    for p in sys.argv[1:]:
        j = load_job(p)
        print(p, j.get("image"), j["retries"])
