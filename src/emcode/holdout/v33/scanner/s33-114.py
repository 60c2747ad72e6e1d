import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("registry.downloads")


@app.route("/files/<path:fname>")
def download(fname):
    agent = request.headers.get("User-Agent", "-")
    log.info(f"download file={fname} agent={agent}")
    from .storage import stream_file
    return stream_file(fname.replace("..", ""), mimetype="application/oct