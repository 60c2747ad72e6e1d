import sys

import yaml


def load_job(path):
    with open(path, encoding="utf-8") as fh:
        job = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(job, dict):
        raise ValueError(f"{path}: job must be a mapping")
    job.setdefault("retries", 3)
    return job


if __name__ == "__main__":
    for p in sys.argv[1:]:
        j = load_job(p)
        print(p, j.get("image"), j["retries"])
