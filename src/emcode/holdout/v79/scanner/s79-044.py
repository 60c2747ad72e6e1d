def redirect_headers(target_path, status=302):
    if "\r" in target_path or "\n" in target_path:
        raise ValueError("invalid redirect target")
    if not target_path.startswith("/") or target_path.startswith("//"):
        raise ValueError("only local paths")
    return status, [("Location", target_path), ("Cache-Control", "no-cache")]
