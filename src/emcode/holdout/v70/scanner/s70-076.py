from pathlib import Path

GUIDES = Path("/srv/museum/guides")


def save_guide(filename, data):
    target = GUIDES / filename
    target.write_bytes(data)
    return target
