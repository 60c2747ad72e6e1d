from flask import Flask, session, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-key-change-me-123"


@app.route("/theme", methods=["POST"])
def set_theme():
    session["theme"] = request.form.get("theme", "light")
    return "saved"
