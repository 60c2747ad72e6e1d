import yaml


def parse_rota(text):
    data = yaml.unsafe_load(text)
    return [(d["presenter"], d["slot"]) for d in data["rota"]]
