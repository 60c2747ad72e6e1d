from flask import Flask, request
from pickle import loads as decode_state

app = Flask(__name__)


@app.post("/bookings/restore")
def restore():
    state = decode_state(request.get_data())
    return {"restored": len(state)}
