import yaml


def parse_clinic_config(text):
    cfg = yaml.load(text, Loader=yaml.Loader)
    return cfg.get("opening_hours", {}), cfg.get("vets", [])
