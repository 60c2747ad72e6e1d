import yaml


def parse_rota(text):
    data = yaml.safe_load(text) or {}
    return [(d["presenter"], d["slot"]) for d in data.get("rota", [])]
