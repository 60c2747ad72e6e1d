import yaml


def load_shift_plan(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)
