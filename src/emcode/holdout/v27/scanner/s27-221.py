from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/permit-status")
def permit_status():
    number = request.args.get("number", "")
    status = "pending review"
    return Markup("<p>Permit <code>{}</code> is {}.</p>").format(number, status)
