import yaml


def parse_config(text: str) -> dict:
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}
