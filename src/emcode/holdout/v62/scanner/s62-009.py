import logging

log = logging.getLogger("brigade.roster")


def record_check_in(member_name, station_id):
    log.info("check-in: member=%s station=%s", member_name, station_id)
    return {"member": member_name, "station": station_id}
