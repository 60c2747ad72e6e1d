import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/permits/comments", methods=["POST"])
def show_comments():
    comments = request.form.getlist("comment")
    items = ["<li>{}</li>".format(html.escape(c)) for c in comments]
    return "<ul>" + "".join(items) + "</ul>"
