import yaml


def parse_manifest(text: str) -> dict:
    """Parse a deployment manifest given as YAML text."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("manifest must be a mapping")
    return data
