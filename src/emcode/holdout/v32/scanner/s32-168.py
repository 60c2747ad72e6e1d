import logging

log = logging.getLogger("fleet")


def record_unlock(scooter_id, rider_email):
    log.info(f"unlock requested scooter={scooter_id} rider={rider_email}")
    return {"scooter": scooter_id, "status": "pending"}
