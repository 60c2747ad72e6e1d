import logging

logger = logging.getLogger(__name__)


def note_bid_retraction(lot_id, bidder, reason):
    logger.info(f"lot={lot_id} bidder={bidder} retracted: {reason}")
    return {"lot": lot_id, "status": "retracted"}
