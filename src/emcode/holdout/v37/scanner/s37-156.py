from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = "housekeeping-super-secret-2024"


@app.route("/shift/start", methods=["POST"])
def start_shift():
    session["attendant"] = request.form["badge"]
    return redirect("/rooms")
