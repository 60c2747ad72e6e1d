from flask import Flask, request

app = Flask(__name__)


@app.route("/ancestors", methods=["POST"])
def add_ancestor():
    surname = request.form["surname"]
    born = request.form.get("born", "?")
    body = "<p>Added <b>%s</b> (born %s) to your tree.</p>" % (surname, born)
    return body, 201
