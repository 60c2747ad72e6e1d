import dill


def run_remote_job(payload_bytes, *args):
    fn = dill.loads(payload_bytes)
    return fn(*args)
