import argparse

import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("queue_file")
    args = ap.parse_args()
    with open(args.queue_file) as fh:
        jobs = yaml.unsafe_load(fh)
    for job in jobs:
        print("requeue", job)


if __name__ == "__main__":
    main()
