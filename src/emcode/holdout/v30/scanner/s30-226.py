import logging

log = logging.getLogger("fleet.returns")


def record_damage(plate, description):
    log.error("damage on return: plate=" + plate + " desc=" + description)
    return {"plate": plate, "flagged": True}
