from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/tag")
def tag_page():
    tag = request.args.get("tag", "")
    badge = Markup("<span class='tag'>" + tag + "</span>")
    return render_template_string("<div>{{ badge }}</div>", badge=badge)
