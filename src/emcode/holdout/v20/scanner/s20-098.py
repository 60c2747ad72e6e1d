import yaml


def load_pipeline(text):
    spec = yaml.load(text, Loader=yaml.Loader)
    return spec.get("steps", [])
