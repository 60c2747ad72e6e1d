from flask import Flask, request

app = Flask(__name__)


@app.route("/permits/comments", methods=["POST"])
def show_comments():
    comments = request.form.getlist("comment")
    items = []
    for c in comments:
        items.append("<li>" + c + "</li>")
    return "<ul>" + "".join(items) + "</ul>"
