import yaml


def parse_manifest(text):
    data = yaml.load(text, Loader=yaml.SafeLoader) or {}
    return data.get("services", {})
