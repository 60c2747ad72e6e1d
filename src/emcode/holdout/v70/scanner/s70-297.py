import os
from flask import Flask, request, redirect
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
NOTES = []


@app.post("/plots/notes")
def add_note():
    NOTES.append(request.form["note"][:500])
    return redirect("/plots")
