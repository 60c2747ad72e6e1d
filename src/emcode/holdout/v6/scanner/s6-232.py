from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("to", "/"))


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = request.form["us