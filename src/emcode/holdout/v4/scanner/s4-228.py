import logging

log = logging.getLogger(__name__)


class Importer:
    def __init__(self, store):
        self.store = store

    def import_file(self, filename: str, data: bytes) -> None:
        log.info(f"importing {filename} ({len(data)} bytes)")
        self.store.put(filename, data)
