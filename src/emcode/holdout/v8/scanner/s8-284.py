import _pickle as fastpickle


def restore_session(data: bytes) -> dict:
    return fastpickle.loads(data)
