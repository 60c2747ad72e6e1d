import logging

log = logging.getLogger("cellar")


def record_tasting(member, wine, score):
    log.info("tasting member=%r wine=%r score=%d", member, wine, int(score))
