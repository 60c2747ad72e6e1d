from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)
COMMENTS = []


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        COMMENTS.append(Markup(request.form["text"]))
    return render_template("comments.html", comments=COMMENTS)
