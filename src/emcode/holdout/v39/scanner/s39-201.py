import logging

logger = logging.getLogger("wildtrack.ingest")


def record_fix(tag, lat, lon):
    logger.info("fix received for " + tag + f" at {lat},{lon}")
    return {"tag": tag, "lat": lat, "lon": lon}
