import dill


def restore_model(blob):
    model = dill.loads(blob)
    return model
