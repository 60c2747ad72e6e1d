from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hold/confirm")
def confirm_hold():
    title = request.args.get("title", "")
    branch = request.args.get("branch", "Central")
    msg = Markup("<p>Your hold on <cite>{}</cite> is ready at the {} branch.</p>").format(title, branch)
    return msg
