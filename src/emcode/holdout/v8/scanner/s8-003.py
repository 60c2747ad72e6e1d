from flask import Flask, request

app = Flask(__name__)


@app.get("/echo")
def echo():
    # simple health/echo endpoint for the IoT gateway
    msg = request.args.get("msg", "ping")
    reply = "gateway says: " + msg
    return reply, 200


@app.get("/health")
def health():
    return {"ok": True}
