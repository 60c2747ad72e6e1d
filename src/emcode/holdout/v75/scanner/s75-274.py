from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["GYM_SECRET_KEY"]


@app.post("/login")
def login():
    session["member"] = request.form["member_id"]
    return redirect(request.args.get("next", "/"))
