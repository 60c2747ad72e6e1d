import cloudpickle


def run_remote_task(payload: bytes, *args):
    fn = cloudpickle.loads(payload)
    return fn(*args)
