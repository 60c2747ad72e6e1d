import logging
import time

log = logging.getLogger("grid.rollup")


def rollup(reports):
    start = time.monotonic()
    by_region = {}
    for r in reports:
        by_region[r["region"]] = by_region.get(r["region"], 0) + int(r["customers"])
    log.info("rolled up %d reports into %d regions in %.3fs", len(reports), len(by_region), time.monotonic() - start)
    return by_region
