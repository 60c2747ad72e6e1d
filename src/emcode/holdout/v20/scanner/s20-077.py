import json


def save_checkpoint(job_id, state):
    path = "/tmp/job_%s.json" % job_id
    with open(path, "w") as fh:
        json.dump(state, fh)
    return path
