import traceback


def call_handler(handler, payload):
    try:
        return {"ok": True, "result": handler(payload)}
    except Exception:
        return {"ok": False, "error": traceback.format_exc()}
