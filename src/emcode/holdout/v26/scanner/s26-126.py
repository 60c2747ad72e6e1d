import argparse
import yaml


def read_schedule(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    return data.get("walks", [])


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("schedule")
    for walk in read_schedule(p.parse_args().schedule):
        print(walk["dog"], walk["time"])
