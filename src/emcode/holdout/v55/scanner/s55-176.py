import yaml


def parse_route_config(text):
    return yaml.load(text, Loader=yaml.UnsafeLoader)
