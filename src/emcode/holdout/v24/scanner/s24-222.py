import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("parking")


@app.post("/gate/open")
def open_gate():
    user = request.form.get("user", "")
    gate = request.form.get("gate", "north")
    if gate not in ("north", "south"):
        return "unknown gate", 400
    log.info("gate %s opened by 
