import logging


def on_upload(filename, size):
    logging.info("received upload " + filename + " (" + str(size) + " bytes)")
    return size < 10_000_000
