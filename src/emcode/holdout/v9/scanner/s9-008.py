from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.route("/u/<name>")
def user_home(name):
    who = escape(name)
    msg = "<p>Signed in as " + who + "</p>"
    msg += "<a href='/logout'>log out</a>"
    return msg
