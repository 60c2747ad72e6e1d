from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/staff/login")
def staff_login():
    session["staff"] = request.form["badge"]
    return redirect(request.args.get("next", "/dashboard"))


@app.get("/staff/logout")
def logout():
    session.clear()
    return redirect("/staff/log