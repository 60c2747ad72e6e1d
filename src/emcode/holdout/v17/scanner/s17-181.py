import yaml


def parse_config(text):
    return yaml.load(text, Loader=yaml.UnsafeLoader)
