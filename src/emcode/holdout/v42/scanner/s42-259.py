import yaml


def read_protocol(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)
