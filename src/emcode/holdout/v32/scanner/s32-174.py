import yaml


def load_roast_schedule(text):
    return yaml.load(text, Loader=yaml.Loader)
