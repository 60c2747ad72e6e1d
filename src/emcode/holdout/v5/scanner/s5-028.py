import yaml

def read_config(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh) or {}
    if "database" not in cfg:
        raise KeyError("database sect