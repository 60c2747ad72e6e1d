import yaml


def read_pipeline(text):
    spec = yaml.load(text, Loader=yaml.Loader)
    return spec.get("stages", [])
