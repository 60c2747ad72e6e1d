import yaml
from yaml import Loader as YLoader


def read_settings(text):
    return yaml.load(text, Loader=YLoader)
