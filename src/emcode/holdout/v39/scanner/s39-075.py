from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/tag")
def tag_page():
    tag = request.args.get("tag", "")
    html = Markup("<span class='tag'>{}</span>").format(tag)
    return html
