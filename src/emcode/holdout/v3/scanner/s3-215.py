from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<p>Logged in as <strong>{}</strong></p><a href='/logout'>log out</a>"


@app.route("/whoami")
def whoami():
    user = request.cookies.get("display_name", "guest")
    safe_user = escape(user)
    return TEMPLATE.format(safe_user)
