import yaml


def parse_menu(text):
    data = yaml.load(text, Loader=yaml.FullLoader)
    return {k: float(v) for k, v in data.get("prices", {}).items()}
