import html
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/browse")
def browse():
    path = request.args.get("path", "")
    crumbs = []
    for part in [p for p in path.split("/") if p]:
        crumbs.append("<span>%s</span>" % html.escape(part))
    body = "<nav>" + " / ".join(crumbs) + "</nav>"
    resp = make_response(body)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
