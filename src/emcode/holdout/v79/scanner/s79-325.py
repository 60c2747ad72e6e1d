from flask import Flask, session, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "sailing-club-2024-secret"


@app.route("/set-boat", methods=["POST"])
def set_boat():
    session["boat"] = request.form["boat"]
    return {"boat": session["boat"]}
