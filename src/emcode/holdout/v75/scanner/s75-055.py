import yaml


def parse_route_config(text):
    cfg = yaml.load(text, Loader=yaml.Loader)
    return cfg.get("routes", [])
