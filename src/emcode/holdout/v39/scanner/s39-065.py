import yaml


def parse_fleet(text):
    data = yaml.load(text, Loader=yaml.UnsafeLoader)
    return data.get("machines", [])
