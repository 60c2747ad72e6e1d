import yaml


def load_automation(text):
    cfg = yaml.load(text, Loader=yaml.Loader)
    return cfg.get("automations", [])
