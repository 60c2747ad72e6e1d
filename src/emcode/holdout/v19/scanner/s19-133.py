from flask import Flask, request, render_template
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/forum/preview", methods=["POST"])
def preview_post():
    text = request.form.get("body", "")
    rendered = Markup("<br>").join(escape(line) for line in text.split("\n"))
    return render_template("preview.html", body=rendered)
