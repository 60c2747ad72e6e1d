import pickle as pk


def restore_heart_rate_model(fileobj):
    state = pk.load(fileobj)
    return state["weights"], state["bias"]
