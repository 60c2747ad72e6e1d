import yaml


def parse_schedule(text):
    data = yaml.load(text, Loader=yaml.UnsafeLoader)
    return data.get("appointments", [])
