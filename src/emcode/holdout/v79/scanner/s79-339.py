import logging

log = logging.getLogger("pantry")


def log_stock_change(item: str, delta: int):
    shown = item.encode("unicode_escape").decode("ascii")
    log.info("stock item=%s delta=%d", shown, int(delta))
