import subprocess

from flask import Flask, request, abort

app = Flask(__name__)
STATIONS = {"north", "river", "hilltop"}


@app.route("/siren/test")
def siren_test():
    station = request.args.get("station", "north")
    if station not in STATIONS:
        abort(400)
    proc = subprocess.run(["sirenctl", "test", station], capture_output=True, text=True, timeout=30)
    return {"output": proc.stdout, "ok": proc.returncode == 0}
