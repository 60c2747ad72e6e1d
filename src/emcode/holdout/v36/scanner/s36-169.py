from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/queue")
def queue():
    truck = request.args.get("truck_id", type=int) or 0
    resp = make_response({"truck": truck, "waiting": 4})
    resp.headers["X-Truck-Id"] = str(truck)
    return resp
