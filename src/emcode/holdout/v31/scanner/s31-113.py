import yaml


def parse_exhibition_config(text):
    cfg = yaml.safe_load(text) or {}
    rooms = cfg.get("rooms", [])
    if not isinstance(rooms, list):
        raise ValueError("rooms must be a list")
    return rooms
