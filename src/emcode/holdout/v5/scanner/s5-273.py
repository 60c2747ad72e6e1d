import bleach
from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "p"]

@app.route("/bio", methods=["POST"])
def bio():
    cleaned = bleach.clean(request.form.get("bio", ""), tags=ALLOWED, attributes={}, strip=True)
    return render_template("bio.html", bio=Markup(cleaned))
