import os

from flask import Flask, redirect, request, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.post("/recipes/<int:rid>/delete")
def delete_recipe(rid):
    if "uid" not in session:
        return redirect("/login")
    from models import Recipe
    Recipe.delete_owned(rid, owner=session["uid"])
    return redirect("/my-recipes")
