from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)

@app.route("/bio", methods=["POST"])
def bio():
    bio_html = Markup(request.form.get("bio", ""))
    return render_template("bio.html", bio=bio_html)
