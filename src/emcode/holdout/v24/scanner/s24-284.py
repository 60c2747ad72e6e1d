from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = "museum-admin-2024"


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("pin") and len(request.form["pin"]) == 6:
        session["curator"] = request.form["user"]
    return redirect("/")
