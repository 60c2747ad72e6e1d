from flask import Flask, request

app = Flask(__name__)
comments = []


@app.route("/comment", methods=["POST"])
def add_comment():
    body = request.form.get("body", "")
    comments.append(body)
    message = "Thanks! Your comment was saved: " + body
    return message
