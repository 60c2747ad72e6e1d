import json


def restore_queue(fileobj):
    snapshot = json.load(fileobj)
    return list(snapshot.get("pending", [])), list(snapshot.get("done", []))
