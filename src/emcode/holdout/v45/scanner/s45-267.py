import pickle


def read_frame(sock_file):
    return pickle.Unpickler(sock_file).load()
