from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/c", methods=["POST"])
def comment():
    author = request.form["author"]
    text = request.form["text"]
    block = "<div><b>{}</b> says: {}</div>".format(author, text)
    return make_response(block, 201)


def _trim(s, n=280):
    if len(s) > n:
        return s[:n] + "