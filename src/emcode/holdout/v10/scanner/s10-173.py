from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)
COMMENTS: list[str] = []
FOOTER = Markup("<small>Be nice.</small>")


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        COMMENTS.append(request.form["text"][:1000])
    return render_template("comments.html", comments=COMMENTS, footer=FOOTER)
