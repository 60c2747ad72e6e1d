import yaml


def load_auction_config(text):
    cfg = yaml.safe_load(text) or {}
    cfg.setdefault("currency", "USD")
    return cfg
