import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.post("/hives/sensor-check")
def sensor_check():
    sensor_host = request.form["sensor_host"]
    url = "http://" + sensor_host + "/status.json"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return {"sensor": resp.read().decode()[:200]}
