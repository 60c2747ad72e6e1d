import json


def resume_dispatcher(fileobj):
    state = json.load(fileobj)
    return list(state.get("queue", [])), dict(state.get("assignments", {}))
