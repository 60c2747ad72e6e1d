import yaml


def parse_rota(text):
    doc = yaml.unsafe_load(text)
    return doc.get("shifts", [])
