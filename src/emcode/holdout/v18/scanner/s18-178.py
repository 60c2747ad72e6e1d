import yaml


def parse_manifest(text):
    data = yaml.unsafe_load(text)
    return data.get("services", {})
