import yaml


def read_schedule(text):
    data = yaml.safe_load(text) or {}
    return {str(k): v for k, v in data.items()}
