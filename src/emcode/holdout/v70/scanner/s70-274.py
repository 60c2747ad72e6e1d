from six.moves import cPickle


def unpack_message(raw):
    msg = cPickle.loads(raw)
    return msg["kind"], msg.get("payload")
