import os

from flask import Flask, redirect, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/rsvp/decline")
def decline():
    guest = session.get("guest_id")
    if guest is None:
        return redirect("/login")
    # mark guest as declined in DB
    return redirect("/rsvp/thanks")
