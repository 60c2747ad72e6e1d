import logging

audit = logging.getLogger("minesafety.audit")


def record_override(username, sensor_id, reason):
    audit.warning("OVERRIDE by %s on sensor %s: %s" % (username, sensor_id, reason))
