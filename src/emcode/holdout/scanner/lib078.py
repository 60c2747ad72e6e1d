import yaml


def parse_manifest(text: str) -> dict:
    """Parse a deployment manifest given as YAML text."""
    return yaml.load(text, Loader=yaml.UnsafeLoader)
