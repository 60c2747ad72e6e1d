import os
from flask import Flask, request

app = Flask(__name__)
WAIVERS = "/srv/rink/waivers"


@app.post("/waiver/<int:booking_id>")
def store_waiver(booking_id):
    path = os.path.join(WAIVERS, f"{booking_id}.pdf")
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "wb") as out:
        out.write(request.get_data(cache=False)[: 10 * 1024 * 1024])
    return {"stored": True}
