import sys
import yaml


def load_rota(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)


if __name__ == "__main__":
    rota = load_rota(sys.argv[1])
    for day, crew in rota.items():
        print(day, ", ".join(crew))
