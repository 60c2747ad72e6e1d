import logging

audit = logging.getLogger("minesafety.audit")


def _clean(value):
    return str(value).encode("unicode_escape").decode("ascii")


def record_override(username, sensor_id, reason):
    audit.warning("OVERRIDE by %s on sensor %s: %s", _clean(username), _clean(sensor_id), _clean(reason))
