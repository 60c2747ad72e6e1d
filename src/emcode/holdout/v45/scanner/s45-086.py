from pickle import loads as decode


def restore_session(blob):
    state = decode(blob)
    return state.get("team"), state.get("clues_used", 0)
