from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/preview-tags")
def preview_tags():
    tags = [escape(t) for t in request.form.getlist("tag")]
    chips = ["<span class='chip'>{}</span>".format(t) for t in tags]
    resp = make_response("<div class='chips'>" + "".join(chips) + "</div>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
