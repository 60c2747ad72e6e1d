import yaml


def parse_fleet_config(text):
    cfg = yaml.load(text, Loader=yaml.Loader)
    return {v["imo"]: v for v in cfg.get("vessels", [])}
