from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.route("/forum/preview", methods=["POST"])
def preview_post():
    text = request.form.get("body", "")
    rendered = Markup(text.replace("\n", "<br>"))
    return render_template("preview.html", body=rendered)
