from pathlib import Path
from flask import Flask, request, Response, abort

app = Flask(__name__)
LOG_ROOT = Path("/var/log/myservice").resolve()


@app.route("/admin/logs")
def show_log():
    wanted = (LOG_ROOT / request.args.get("name", "service.log")).resolve()
    if not wanted.is_relative_to(LOG_ROOT) or not wanted.is_file():
        abort(404)
    n = max(1, min(request.args.get("n", 200, type=int), 2000))
    lines = wanted.read_text(errors="replace").splitlines(keepends=True)[-n:]
    return Response("".join(lines), mimetype="text/plain")
