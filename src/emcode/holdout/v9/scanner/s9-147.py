import sys
from ruamel.yaml import YAML


def load_jobs(path: str) -> list[str]:
    yaml = YAML(typ="safe")
    with open(path) as fh:
        cfg = yaml.load(fh) or {}
    return [str(name) for name in cfg.get("jobs", {})]


if __name__ == "__main__":
    print("\n".join(load_jobs(sys.argv[1])))
