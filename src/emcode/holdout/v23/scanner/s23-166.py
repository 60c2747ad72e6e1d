import logging

logger = logging.getLogger("samples.audit")


def record_sample_move(sample_code, from_freezer, to_freezer, reason):
    logger.info("sample " + sample_code + " moved " + from_freezer + " -> " + to_freezer + ": " + reason)
