import yaml


def parse_clinic_config(text):
    cfg = yaml.safe_load(text) or {}
    return cfg.get("opening_hours", {}), cfg.get("vets", [])
