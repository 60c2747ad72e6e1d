from flask import Flask, redirect, request, session, render_template

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        session["member"] = request.form["member_id"]
        return redirect(request.args.get("next") or "/dashboard")
    return render_template("login.html")
