import logging

log = logging.getLogger("fleet")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_unlock(scooter_id, rider_email):
    log.info("unlock requested scooter=%s rider=%s", _clean(scooter_id), _clean(rider_email))
    return {"scooter": scooter_id, "status": "pending"}
