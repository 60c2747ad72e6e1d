import pickle as pk


def restore_session(fileobj):
    state = pk.load(fileobj)
    return state.get("user"), state.get("cart", [])
