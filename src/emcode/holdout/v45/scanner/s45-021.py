import yaml


def parse_room_manifest(text):
    doc = yaml.unsafe_load(text)
    return doc.get("puzzles", [])
