import os

from flask import Flask, request, session, redirect, render_template_string

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False

FORM = """<form method="post" action="/account/email">
<input name="email" type="email"><button>Change email</button></form>"""


@app.get("/account")
def account():
    return render_template_string(FORM)


@app.post("/account/email")
def change_email():
    if "uid" not in session:
        return redirect("/login")
    # db.update_email(session["uid"], request.form["email"])
    return redirect("/account")
