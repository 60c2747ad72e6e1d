from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-key-please-change"
app.config["SESSION_COOKIE_HTTPONLY"] = True

@app.route("/")
def index():
    return "ok"
