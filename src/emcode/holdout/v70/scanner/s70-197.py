import pickle as pk


def restore_queue(fh):
    state = pk.load(fh)
    return list(state.get("queue", []))
