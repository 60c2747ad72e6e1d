import logging

logger = logging.getLogger("uploads")
MSG = "stored upload {name} ({size} bytes)"


def note_upload(name, size):
    logger.info(MSG.format(name=name, size=size))
