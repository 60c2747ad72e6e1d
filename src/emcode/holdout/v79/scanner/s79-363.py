import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("timetable")


@app.post("/api/login")
def api_login():
    user = request.json.get("user")
    password = request.json.get("password")
    log.info("login attempt user=%s password=%s", user, password)
    return {"ok": False}
