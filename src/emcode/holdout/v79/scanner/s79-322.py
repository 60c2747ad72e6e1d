import logging

_log = logging.getLogger(__name__)


def merge_duplicates(records, record_id):
    """Merge records that share an id; warn when the id is unknown."""
    matching = [r for r in records if r.get("id") == record_id]
    if not matching:
        _log.warning("merge requested for unknown record " + str(record_id))
        return None
    merged = {}
    for r in matching:
        merged.update(r)
    return merged
