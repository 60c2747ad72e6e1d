from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]

def check(u, p):
    return u == "admin" and p == __import__("os").environ.get("ADMIN_PW")

@app.route("/login", methods=["POST"])
def login():
    if check(request.form["user"], request.form["password"]):
        session["user"] = request.form["user"]
        dest = request.args.get("next") or url_for("home")
        return redirect(dest)
    return "bad credentials", 401

@app.route("/")
def home():
    return "home"
