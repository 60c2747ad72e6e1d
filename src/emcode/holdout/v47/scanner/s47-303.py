import base64

import dill


def run_remote_job(encoded_job: str):
    job = dill.loads(base64.b64decode(encoded_job))
    return job()
