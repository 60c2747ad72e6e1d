import logging

logger = logging.getLogger("tutorhub.api")


def call_calendar(session, token, url):
    resp = session.get(url, headers={"Authorization": "Bearer " + token}, timeout=5)
    if resp.status_code == 401:
        logger.error("calendar rejected token %s", token)
    return resp
