import yaml


def parse_room_manifest(text):
    doc = yaml.load(text, Loader=yaml.SafeLoader) or {}
    return doc.get("puzzles", [])
