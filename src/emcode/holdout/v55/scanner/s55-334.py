import json


def restore_bracket(blob):
    bracket = json.loads(blob)
    return list(bracket["rounds"]), dict(bracket["seeds"])
