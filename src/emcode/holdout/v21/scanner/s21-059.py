from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)
COMMENTS = []


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        text = request.form["text"]
        COMMENTS.append(Markup("<p class='c'>" + text + "</p>"))
    return render_template("comments.html", comments=COMMENTS)
