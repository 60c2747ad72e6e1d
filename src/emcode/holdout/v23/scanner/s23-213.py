import json


def stage_payload(payload, job_id):
    path = "/tmp/robot-job-%s.json" % job_id
    with open(path, "w") as fh:
        json.dump(payload, fh)
    return path
