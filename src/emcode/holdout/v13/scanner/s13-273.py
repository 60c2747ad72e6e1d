import yaml

def parse_manifest(text):
    data = yaml.safe_load(text) or {}
    return data.get("name"), data.get("version")
