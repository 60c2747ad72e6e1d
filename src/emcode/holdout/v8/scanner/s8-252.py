import json


def checkpoint(job_name, state):
    path = "/tmp/" + job_name + ".ckpt"
    with open(path, "w") as fh:
        json.dump(state, fh)
    return path
