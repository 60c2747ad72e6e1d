import yaml


def load_automation(text):
    cfg = yaml.safe_load(text) or {}
    if not isinstance(cfg, dict):
        raise ValueError("automation file must be a mapping")
    return cfg.get("automations", [])
