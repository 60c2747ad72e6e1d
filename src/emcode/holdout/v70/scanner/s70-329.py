import yaml


def read_schedule(text):
    return yaml.unsafe_load(text)
