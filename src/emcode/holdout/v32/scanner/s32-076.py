import yaml


def parse_fleet_config(raw):
    cfg = yaml.unsafe_load(raw) or {}
    cfg.setdefault("max_speed_kmh", 20)
    return cfg
