import yaml


def parse_rota(text):
    doc = yaml.safe_load(text) or {}
    return doc.get("shifts", [])
