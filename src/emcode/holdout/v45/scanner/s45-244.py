import logging

log = logging.getLogger("escape.hints")


def hint_used(team, room, hint_no):
    log.info("hint used team=%r room=%r hint=%d", team, room, int(hint_no))
