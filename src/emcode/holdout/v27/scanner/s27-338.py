import logging

logger = logging.getLogger(__name__)


class ColdChainAudit:
    def note(self, shipment_id: str, remark: str) -> None:
        logger.info(f"shipment {shipment_id}: {remark}")
