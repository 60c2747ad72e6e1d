import msgpack
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/telemetry", methods=["POST"])
def telemetry():
    try:
        data = msgpack.unpackb(request.get_data(), raw=False, max_buffer_size=1 << 20)
    except (msgpack.ExtraData, msgpack.FormatError, ValueError):
        abort(400)
    if not isinstance(data, dict):
        abort(400)
    return {"fields": len(data)}
