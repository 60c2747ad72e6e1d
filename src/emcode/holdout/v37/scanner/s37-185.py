import yaml


def load_route_plan(text):
    return yaml.load(text, Loader=yaml.Loader)
