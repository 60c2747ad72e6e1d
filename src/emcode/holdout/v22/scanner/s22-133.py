import yaml


def load_pipeline(text):
    return yaml.load(text, Loader=yaml.Loader)
