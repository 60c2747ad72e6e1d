import json

def dump_debug(state):
    with open("/tmp/app_debug.json", "w") as fh:
        json.dump(state, fh)
