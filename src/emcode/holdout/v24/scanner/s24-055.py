import nh3
from flask import Flask, request

app = Flask(__name__)
COMMENTS: list[str] = []


@app.route("/review-bot/comment", methods=["POST"])
def add_comment():
    body = nh3.clean(request.form.get("body", ""), tags={"code", "pre", "b", "i"})
    COMMENTS.append(body)
    rendered = "".join("<li>" + c + "</li>" for c in COMMENTS)
    return "<ul class='comments'>" + rendered + "</ul>"
