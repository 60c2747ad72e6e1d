from werkzeug.wrappers import Response


def make_redirect(path: str) -> Response:
    if any(c in path for c in "\r\n") or path.startswith(("/", "\\")) or "://" in path:
        raise ValueError("bad redirect path")
    resp = Response(status=302)
    resp.headers["Location"] = "/app/" + path
    return resp
