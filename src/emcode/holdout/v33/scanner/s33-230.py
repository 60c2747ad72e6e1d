import re

from flask import Flask, abort, request

app = Flask(__name__)
PLATE_RE = re.compile(r"[A-Z0-9]{1,8}")


@app.route("/tickets/search")
def ticket_search():
    plate = request.args.get("plate", "").upper().replace(" ", "")
    if not PLATE_RE.fullmatch(plate):
        abort(400)
    out = "<p>No open citations for plate <code>%s</code>.</p>" % plate
    return out
