import yaml


def parse_route_config(text):
    cfg = yaml.safe_load(text) or {}
    return cfg.get("routes", [])
