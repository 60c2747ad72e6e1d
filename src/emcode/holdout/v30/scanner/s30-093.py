import yaml


def parse_rate_card(text):
    data = yaml.safe_load(text) or {}
    return {str(k): float(v) for k, v in data.get("rates", {}).items()}
