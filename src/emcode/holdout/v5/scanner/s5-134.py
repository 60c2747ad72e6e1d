import pickle
from flask import Flask, request

app = Flask(__name__)

@app.post("/load")
def load():
    obj = pickle.loads(request.data)
    return {"ok": True}

# How it works:
# 1. The client serialises its object with pickle.dumps and sends it as the
#    request body.
# 2. The server calls pickle.loads to re