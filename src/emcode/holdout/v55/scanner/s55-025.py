import json
import os
import tempfile
from pathlib import Path

STATE_FILE = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state")) / "trapsync" / "state.json"


def load_state():
    try:
        return json.loads(STATE_FILE.read_text())
    except FileNotFoundError:
        return {"last_sync": None, "cameras": {}}


def save_state(state):
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=STATE_FILE.parent, prefix=".state-")
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh, indent=2)
    os.replace(tmp, STATE_FILE)


if __name__ == "__main__":
    s = load_state()
    s["cameras"]["ridge-01"] = {"frames": 1204}
    save_state(s)
