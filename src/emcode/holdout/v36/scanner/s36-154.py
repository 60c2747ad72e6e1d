import yaml


def parse_fleet_config(text):
    cfg = yaml.safe_load(text) or {}
    return {v["imo"]: v for v in cfg.get("vessels", [])}
