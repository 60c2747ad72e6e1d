from flask import Flask, request

app = Flask(__name__)
SETTINGS = {"greeting": "Hello {user}, welcome back!"}


@app.post("/settings/greeting")
def set_greeting():
    SETTINGS["greeting"] = request.form["template"]
    return "", 204


@app.get("/greet")
def greet():
    return {"message": SETTINGS["greeting"].format(user=request.args.get("user", "guest"), req=request)}
