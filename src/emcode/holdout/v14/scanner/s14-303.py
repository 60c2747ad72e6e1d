from flask import Flask, request

app = Flask(__name__)


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    return "You (" + email + ") will no longer receive our newsletter."


@app.route("/resubscribe", methods=["POST"])
def resubscribe():
    email = request.form.get("em