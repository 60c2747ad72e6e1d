import os

from flask import Flask, session, redirect, render_template_string, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)

FORM = """<form method="post" action="/account/email">
<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
<input name="email" type="email"><button>Change email</button></form>"""


@app.get("/account")
def account():
    return render_template_string(FORM)


@app.post("/account/email")
def change_email():
    if "uid" not in session:
        return redirect("/login")
    new_email = request.form.get("email", "")
    app.logger.info("email change requested for uid=%s", session["uid"])
    return redirect("/account") if new_email else ("missing email", 400)
