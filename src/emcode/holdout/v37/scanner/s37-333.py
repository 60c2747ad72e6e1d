import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("feedback")


@app.post("/feedback")
def feedback():
    room = request.form.get("room", "")
    text = request.form.get("text", "")
    log.info("feedback room=%r length=%d", room, len(text))
    return {"thanks": True}
