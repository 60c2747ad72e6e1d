import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a", "code"]


@app.route("/blog/preview", methods=["POST"])
def preview():
    title = bleach.clean(request.form.get("title", "Untitled"), tags=[], strip=True)
    body = request.form.get("body", "")
    out = "<article>"
    out += "<h1>%s</h1>" % title
    for para in body.split("\n\n"):
        cleaned = bleach.clean(para, tags=ALLOWED, attributes={"a": ["href"]}, strip=True)
        out += "<p>" + cleaned + "</p>"
    out += "</article>"
    return out
