import structlog
from flask import Flask, request, jsonify

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"),
                                structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = Flask(__name__)


@app.get("/voyages/search")
def search():
    port = request.args.get("port", "")
    log.info("voyage_search", port=port)
    return jsonify([])
