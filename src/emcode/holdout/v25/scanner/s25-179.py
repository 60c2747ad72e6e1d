import logging

audit = logging.getLogger("audit")


def record_download(username, document_id):
    safe_user = username.replace("\r", " ").replace("\n", " ")
    audit.info("user %s downloaded document %d", safe_user, int(document_id))
