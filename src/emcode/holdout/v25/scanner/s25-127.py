import os
from flask import Flask, request, session, redirect
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
ROSTER = {}


@app.post("/roster/swap")
def swap_shift():
    if "staff_id" not in session:
        return redirect("/login")
    day = request.form["day"]
    ROSTER[day] = session["staff_id"]
    return redirect("/roster")
