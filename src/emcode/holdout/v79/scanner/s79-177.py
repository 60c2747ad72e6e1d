import sys
import yaml


def load_rota(path):
    with open(path) as fh:
        return yaml.safe_load(fh) or {}


if __name__ == "__main__":
    for day, crew in load_rota(sys.argv[1]).items():
        print(day, ", ".join(crew))
