from flask import Flask, request, render_template_string
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile/preview", methods=["POST"])
def preview():
    bio = request.form.get("bio", "")
    rendered_bio = Markup("<div class='bio'>" + bio + "</div>")
    return render_template_string("<h1>Preview</h1>{{ bio }}", bio=rendered_bio)
