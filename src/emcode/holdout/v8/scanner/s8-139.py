from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/preview-tags")
def preview_tags():
    tags = request.form.getlist("tag")
    chips = ["<span class='chip'>{}</span>".format(t) for t in tags]
    out = "<div class='chips'>" + "".join(chips) + "</div>"
    resp = make_response(out)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
