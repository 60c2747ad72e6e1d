import yaml


def parse_manifest(text: str) -> dict:
    return yaml.load(text, Loader=yaml.Loader)
