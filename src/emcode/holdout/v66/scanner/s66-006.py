import json

CONFIG_PATH = "/etc/ferry-board/config.json"


def load_config():
    with open(CONFIG_PATH, encoding="utf-8") as fh:
        return json.load(fh)
