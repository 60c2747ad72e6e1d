from werkzeug.wrappers import Response


def make_redirect(path):
    resp = Response(status=302)
    resp.headers["Location"] = "/app/" + path
    resp.headers["X-Redirect-Reason"] = path
    return resp
