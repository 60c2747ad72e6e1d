from pickle import load as read_state


def resume_dispatcher(fileobj):
    state = read_state(fileobj)
    return state["queue"], state["assignments"]
