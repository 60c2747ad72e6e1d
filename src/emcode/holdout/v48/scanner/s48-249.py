import json
import os


def stage_manifest(job_id, manifest):
    path = "/tmp/dcp_manifest_%s.json" % job_id
    with open(path, "w") as fh:
        json.dump(manifest, fh)
    return path
