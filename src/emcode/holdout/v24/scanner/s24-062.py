import bleach
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/announce", methods=["POST"])
def announce():
    raw = request.form.get("message", "")
    cleaned = bleach.clean(raw, tags=["b", "i", "a"], attributes={"a": ["href"]}, strip=True)
    linked = bleach.linkify(cleaned)
    html_body = "<div class='announcement'>{}</div>".format(linked)
    resp = make_response(html_body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
