import yaml


def parse_exhibition_config(text):
    cfg = yaml.unsafe_load(text)
    return cfg.get("rooms", [])
