import yaml


def parse_route_config(text):
    data = yaml.load(text, Loader=yaml.SafeLoader)
    return data if isinstance(data, dict) else {}
