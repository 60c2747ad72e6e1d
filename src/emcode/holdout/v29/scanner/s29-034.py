import json
from pathlib import Path

STATE = Path("/var/lib/hub/state.json")


class HubState:
    def __init__(self):
        self.devices = {}
        if STATE.exists():
            self.devices = json.loads(STATE.read_text())

    def set(self, device_id, value):
        self.devices[device_id] = value
        tmp = STATE.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.devices, indent=2))
        tmp.replace(STATE)
