import json
import tempfile
import shutil


def save_atomically(data, dest):
    tmp = tempfile.mktemp(suffix=".json")
    with open(tmp, "w") as fh:
        json.dump(data, fh)
    shutil.move(tmp, dest)


if __name__ == "__main__":
    save_atomically({"deck": "french-a1", "cards": 250}, "deck.json")
