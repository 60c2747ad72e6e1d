import yaml


def parse_fleet(text):
    data = yaml.safe_load(text) or {}
    return data.get("machines", [])
