from flask import Flask, Response, request

app = Flask(__name__)
comments = []


@app.route("/campaign/<int:cid>/comment", methods=["POST"])
def add_comment(cid):
    text = request.form["comment"]
    comments.append((cid, text))
    message = "Thanks! We saved your comment: " + text
    return Response(message, mimetype="text/plain")
