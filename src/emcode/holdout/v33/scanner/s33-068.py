from pickle import load as read_obj


def load_deck(path):
    with open(path, "rb") as fh:
        deck = read_obj(fh)
    return deck
