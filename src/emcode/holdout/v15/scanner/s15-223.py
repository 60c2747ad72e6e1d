import yaml


def read_pipeline(text):
    spec = yaml.safe_load(text) or {}
    return spec.get("stages", [])
