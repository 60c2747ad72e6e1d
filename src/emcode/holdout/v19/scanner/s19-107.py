import argparse
import yaml


def load_config(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("config")
    cfg = load_config(p.parse_args().config) or {}
    for job in cfg.get("jobs", []):
        print("job:", job.get("name"))


if __name__ == "__main__":
    main()
