import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/dispatch/restore")
def restore_queue():
    state = pk.loads(request.get_data())
    pending = state.get("pending", [])
    return {"restored": len(pending)}
