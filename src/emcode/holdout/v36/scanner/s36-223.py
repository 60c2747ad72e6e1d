from pickle import load as read_state


def restore_session(fileobj):
    state = read_state(fileobj)
    return state.get("player"), state.get("checkpoint")
