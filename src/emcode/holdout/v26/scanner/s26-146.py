import yaml


def parse_manifest(text):
    return yaml.safe_load(text)
