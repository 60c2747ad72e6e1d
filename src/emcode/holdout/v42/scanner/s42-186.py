import logging
import time

log = logging.getLogger("fleet.sync")


def sync_batch(client, batch):
    started = time.monotonic()
    accepted = client.push(batch)
    log.info("pushed %d transactions, %d accepted in %.2fs", len(batch), accepted, time.monotonic() - started)
    return accepted
