import yaml


def parse_menu(text):
    data = yaml.safe_load(text) or {}
    return {k: float(v) for k, v in data.get("prices", {}).items()}
