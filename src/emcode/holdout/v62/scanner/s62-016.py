from flask import Flask, request

app = Flask(__name__)


@app.route("/log/preview", methods=["POST"])
def preview():
    keeper = request.form["keeper"]
    entries = request.form.getlist("entry")
    parts = ["<section>", "<h3>Log by ", keeper, "</h3>"]
    for e in entries:
        parts.append("<p>")
        parts.append(e)
        parts.append("</p>")
    parts.append("</section>")
    return "".join(parts)
