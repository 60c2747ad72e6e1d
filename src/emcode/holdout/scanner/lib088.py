import traceback


def safe_call(func, *args):
    """Call func; on failure return an error payload for the client."""
    try:
        return {"ok": True, "value": func(*args)}
    except Exception as exc:
        return {"ok": False, "error": repr(exc), "trace": traceback.format_exc()}
