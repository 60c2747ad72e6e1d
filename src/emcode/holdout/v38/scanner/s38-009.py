import yaml


def parse_schedule(text):
    return yaml.load(text, Loader=yaml.UnsafeLoader)
