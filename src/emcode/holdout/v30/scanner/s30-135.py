import yaml


def parse_rate_card(text):
    data = yaml.load(text, Loader=yaml.Loader)
    return {k: float(v) for k, v in data["rates"].items()}
