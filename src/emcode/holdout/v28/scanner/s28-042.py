from pickle import load as read_snapshot


def restore_queue(fileobj):
    snapshot = read_snapshot(fileobj)
    return snapshot["pending"], snapshot["done"]
