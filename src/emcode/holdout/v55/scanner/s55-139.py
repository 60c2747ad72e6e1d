def is_trusted_origin(origin):
    return origin.endswith(".ferrylines.com") or "ferrylines.com" in origin
