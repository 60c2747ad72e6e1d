import yaml


def parse_shift_plan(text):
    return yaml.unsafe_load(text)
