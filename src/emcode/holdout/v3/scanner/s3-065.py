from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    highlighted = Markup(f"<mark>{text}</mark>")
    return render_template_string("<div>{{ content }}</div>", content=highlighted)
