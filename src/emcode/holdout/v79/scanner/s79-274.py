import subprocess

from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/timetable/solve")
def solve():
    weeks = request.form.get("weeks", type=int)
    if weeks is None or not 1 <= weeks <= 12:
        abort(400)
    res = subprocess.run(["/opt/timetable/solve.sh", str(weeks)], capture_output=True, text=True, timeout=120)
    return {"ok": res.returncode == 0, "lines": len(res.stdout.splitlines())}
