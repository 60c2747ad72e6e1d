import logging

log = logging.getLogger("brigade.roster")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_check_in(member_name, station_id):
    log.info("check-in: member=%s station=%s", _clean(member_name), _clean(station_id))
    return {"member": member_name, "station": station_id}
