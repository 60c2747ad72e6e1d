import json
import time

def audit(path, actor, event):
    line = json.dumps({"ts": time.time(), "actor": actor, "event": event})
    with open(path, "a") as fh:
        fh.write(line + "\n")
