import logging

audit = logging.getLogger("audit")


def record_download(username, document_id):
    audit.info("user " + username + " downloaded document " + str(document_id))
