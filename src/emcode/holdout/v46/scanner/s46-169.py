from pickle import load as restore


def read_station_state(path):
    with open(path, "rb") as fh:
        return restore(fh)
