import yaml

def parse_pipeline(text: str) -> dict:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("pipeline config must be a mapping")
    return data
