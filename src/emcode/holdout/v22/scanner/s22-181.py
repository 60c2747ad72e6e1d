from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .models import Order

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first()
    if order is None:
        abort(404)
    return jsonify(id=order.id, status=order.status, total=str(order.total))
