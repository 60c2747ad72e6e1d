import structlog
from flask import Flask, request, jsonify

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"),
                                structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = Flask(__name__)


@app.post("/orders/<int:order_id>/cancel")
def cancel(order_id: int):
    reason = request.form.get("reason", "")
    log.info("order_cancelled", order_id=order_id, reason=reason[:200])
    return jsonify(cancelled=order_id)
