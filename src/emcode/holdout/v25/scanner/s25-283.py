import logging

log = logging.getLogger("housekeeping")


def mark_clean(room_raw: str, staff_id: int) -> int:
    room = int(room_raw)
    log.info("room %d marked clean by staff %d", room, staff_id)
    return room
