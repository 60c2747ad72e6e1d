import sys

import yaml


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        jobs = yaml.load(fh, Loader=yaml.SafeLoader)
    for job in jobs.get("jobs", []):
        print(f"{job['name']}: every {job['interval']}s")


if __name__ == "__main__":
    main(sys.argv[1])
