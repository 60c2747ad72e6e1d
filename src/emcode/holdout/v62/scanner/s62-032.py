import structlog
from flask import Flask, request, jsonify

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = Flask(__name__)
QUEUE = []


@app.route("/queue", methods=["POST"])
def enqueue():
    title = request.form.get("title", "")[:200]
    QUEUE.append(title)
    log.info("song_queued", title=title, position=len(QUEUE))
    return jsonify(position=len(QUEUE))
