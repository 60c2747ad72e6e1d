import logging

logger = logging.getLogger("tutorhub.api")
CALENDAR_URL = "https://calendar.tutorhub.com/v2/events"


def call_calendar(session, token):
    resp = session.get(CALENDAR_URL, headers={"Authorization": "Bearer " + token}, timeout=5)
    if resp.status_code == 401:
        logger.error("calendar rejected credentials (status %d)", resp.status_code)
    return resp
