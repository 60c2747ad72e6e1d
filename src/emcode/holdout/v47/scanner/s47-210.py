import logging

logger = logging.getLogger(__name__)


def note_bid_retraction(lot_id: int, bidder: str, reason: str):
    logger.info("lot=%d bidder=%r retracted: %r", int(lot_id), bidder, reason)
    return {"lot": lot_id, "status": "retracted"}
