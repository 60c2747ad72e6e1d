import dill


def run_task(payload):
    func, args = dill.loads(payload)
    return func(*args)
