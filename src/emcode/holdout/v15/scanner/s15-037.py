from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    shown = escape(email)
    message = "<p>%s has been removed from the newsletter.</p>" % shown
    return message
