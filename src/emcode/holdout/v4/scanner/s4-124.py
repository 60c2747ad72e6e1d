from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/out")
def outbound():
    target = request.args["url"]
    return redirect(target, code=302)


@app.route("/stats")
def stats():
    """Count outbound clicks per dom