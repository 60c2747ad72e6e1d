import msgpack
from flask import Flask, request

app = Flask(__name__)
EVENTS = []


@app.route("/ingest", methods=["POST"])
def ingest():
    batch = msgpack.unpackb(request.get_data(), raw=False, strict_map_key=True, max_buffer_size=1 << 20)
    if not isinstance(batch, list):
        return {"error": "expected a list"}, 400
    EVENTS.extend(e for e in batch if isinstance(e, dict))
    return {"accepted": len(batch)}
