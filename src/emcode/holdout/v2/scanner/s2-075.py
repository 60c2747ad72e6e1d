import traceback


def safe_call(func, *args) -> dict:
    """Run func and return a result dict suitable for sending back to the API client."""
    try:
        return {"ok": True, "value": func(*args)}
    except Exception:
        return {"ok": False, "error": traceback.format_exc()}
