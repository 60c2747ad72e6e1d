import json
import os
import tempfile


def save_atomically(data, dest):
    d = os.path.dirname(os.path.abspath(dest))
    fd, tmp = tempfile.mkstemp(dir=d, suffix=".json")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh)
        os.replace(tmp, dest)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    save_atomically({"deck": "french-a1", "cards": 250}, "deck.json")
