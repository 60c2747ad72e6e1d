import yaml


def read_settings(text: str) -> dict:
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("settings must be a mapping")
    return data
