import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("timetable")


@app.post("/api/login")
def api_login():
    user = str(request.json.get("user", ""))[:64]
    log.info("login attempt user=%r", user)
    return {"ok": False}
