from flask import Flask, request

app = Flask(__name__)


@app.route("/blog/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "Untitled")
    body = request.form.get("body", "")
    out = "<article>"
    out += "<h1>%s</h1>" % title
    for para in body.split("\n\n"):
        out += "<p>" + para + "</p>"
    out += "</article>"
    return out
