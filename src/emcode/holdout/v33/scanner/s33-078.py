import yaml


def parse_manifest(text):
    return yaml.load(text, Loader=yaml.SafeLoader)
