import yaml


def load_pipeline(text: str) -> dict:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("pipeline must be a mapping")
    return data
