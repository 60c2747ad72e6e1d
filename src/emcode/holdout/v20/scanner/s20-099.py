import yaml


def load_pipeline(text):
    spec = yaml.safe_load(text) or {}
    return spec.get("steps", [])
