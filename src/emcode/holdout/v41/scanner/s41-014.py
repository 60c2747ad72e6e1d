from ruamel.yaml import YAML


def load_array_layout(stream):
    yaml = YAML(typ="safe", pure=True)
    return yaml.load(stream)
