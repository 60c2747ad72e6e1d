import json


def stage_claim(claim):
    path = "/tmp/claim_%s.json" % claim["id"]
    with open(path, "w") as fh:
        json.dump(claim, fh)
    return path
