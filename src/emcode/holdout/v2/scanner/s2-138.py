import logging

log = logging.getLogger(__name__)


def safe_call(func, *args) -> dict:
    """Run func and return a result dict suitable for sending back to the API client."""
    try:
        return {"ok": True, "value": func(*args)}
    except Exception:
        log.exception("call to %s failed", getattr(func, "__name__", "function"))
        return {"ok": False, "error": "internal error"}
