import yaml


def load_roast_schedule(text):
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("schedule must be a mapping")
    return data
