from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "")
    blocks = request.form.getlist("block")
    lines = ["<h1>" + title + "</h1>"]
    lines.extend("<div class='block'>" + b + "</div>" for b in blocks)
    html = "\n".join(lines)
    r = make_response(html)
    r.headers["X-Frame-Options"] = "DENY"
    return r
