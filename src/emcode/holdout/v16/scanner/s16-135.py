from flask import Flask, request, abort, jsonify

app = Flask(__name__)


@app.get("/api/trace")
def trace():
    trace_id = request.args.get("trace", "")
    if not trace_id or any(c in trace_id for c in "\r\n") or len(trace_id) > 64:
        abort(400)
    resp = jsonify(ok=True)
    resp.headers["X-Trace-Id"] = trace_id
    return resp
