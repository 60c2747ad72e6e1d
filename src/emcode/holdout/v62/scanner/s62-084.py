from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/log/preview", methods=["POST"])
def preview():
    keeper = escape(request.form["keeper"])
    entries = request.form.getlist("entry")
    parts = ["<section>", "<h3>Log by ", keeper, "</h3>"]
    parts.extend(f"<p>{escape(e)}</p>" for e in entries)
    parts.append("</section>")
    return "".join(parts)
