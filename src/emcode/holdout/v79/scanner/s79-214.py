import dill


def restore_scheduler(serialized):
    return dill.loads(serialized)
