import _pickle as cPickle


def read_uploaded_state(fileobj):
    return cPickle.load(fileobj)
