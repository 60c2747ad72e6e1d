from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/unsubscribe")
def unsubscribe():
    email = escape(request.args.get("email", ""))
    return f"<p>You ({email}) will no longer receive our newsletter.</p>"


def send_confirmation(address):
    body = "Hi,\n\nYou have been unsubscri