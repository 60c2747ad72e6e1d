from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "my-super-secret-key-123"


@app.route("/visit")
def visit():
    session["count"] = session.get("count", 0) + 1
    return {"visits": session["count"]}
