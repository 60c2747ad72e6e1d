import markdown
import nh3
from flask import Flask, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    raw = request.form.get("md", "")
    rendered = markdown.markdown(raw)
    cleaned = nh3.clean(rendered, tags={"p", "em", "strong", "code", "pre", "ul", "li"})
    return f"<div class='preview'>{cleaned}</div>"
