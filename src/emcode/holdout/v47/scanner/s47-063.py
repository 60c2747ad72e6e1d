import yaml


def load_auction_config(text):
    cfg = yaml.load(text, Loader=yaml.Loader)
    cfg.setdefault("currency", "USD")
    return cfg
