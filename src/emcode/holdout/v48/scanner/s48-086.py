import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="dispatch.log", level=logging.INFO)


@app.post("/pickups")
def pickup():
    note = request.form.get("note", "")[:200]
    logging.info("pickup requested note=%r", note)
    return {"queued": True}
