import logging

audit = logging.getLogger("audit")


def record_search(user_id: int, query: str) -> None:
    """Write one audit line for a search."""
    audit.info(f"user={user_id} searched for {query}")
