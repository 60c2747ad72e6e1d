from pickle import loads as unpack


def decode_session(raw):
    return unpack(raw)
