import yaml


def parse_schedule(text):
    data = yaml.safe_load(text) or {}
    return data.get("appointments", [])
