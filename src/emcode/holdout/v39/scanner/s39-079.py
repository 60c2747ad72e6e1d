import logging

logger = logging.getLogger("wildtrack.ingest")


def _printable(s: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in s)


def record_fix(tag, lat, lon):
    logger.info("fix received for %s at %.5f,%.5f", _printable(str(tag)), float(lat), float(lon))
    return {"tag": tag, "lat": lat, "lon": lon}
