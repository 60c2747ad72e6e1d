import logging

log = logging.getLogger("ingest")


def ingest_file(filename: str, data: bytes) -> int:
    try:
        return len(data.decode("utf-8").splitlines())
    except UnicodeDecodeError:
        log.error("could not decode " + filename + "; skipping")
        return 0
