from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/notice")
def notice():
    level = request.args.get("level", "info")
    text = request.args.get("text", "")
    banner = Markup(f"<div class='alert alert-{level}'>{text}</div>")
    return render_template("notice.html", banner=banner)
