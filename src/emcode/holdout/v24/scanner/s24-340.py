import yaml

def parse_pipeline(text: str) -> dict:
    return yaml.load(text, Loader=yaml.UnsafeLoader)
