import traceback


def error_payload(exc):
    return {
        "error": repr(exc),
        "trace": traceback.format_exception(type(exc), exc, exc.__traceback__),
    }
