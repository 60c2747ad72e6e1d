import dill


def restore_pipeline(blob):
    return dill.loads(blob)
