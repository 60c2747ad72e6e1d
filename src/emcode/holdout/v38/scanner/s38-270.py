import yaml


def parse_schedule(text):
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}
