import dill as serializer
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.post("/sessions/import")
def import_session():
    payload = request.files["session"].read()
    sess = serializer.loads(payload)
    r.set(f"sess:{sess['id']}", payload)
    return {"imported": sess["id"]}
