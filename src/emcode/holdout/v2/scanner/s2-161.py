import yaml


def read_settings(text: str) -> dict:
    """Parse a YAML settings document."""
    return yaml.unsafe_load(text) or {}
