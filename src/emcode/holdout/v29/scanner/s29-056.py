import os

from flask import Flask, request, jsonify
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from .models import Loan

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/loans/summary")
def loans():
    stmt = select(Loan)
    if branch := request.args.get("branch"):
        stmt = stmt.where(Loan.branch_code == branch)
    if request.args.get("overdue") == "1":
        stmt = stmt.where(Loan.returned_at.is_(None), Loan.due_date < func_today())
    stmt = stmt.order_by(Loan.due_date).limit(100)
    with Session(engine) as s:
        return jsonify([{"item": l.item_id, "due": l.due_date.isoformat()} for l in s.scalars(stmt)])


def func_today():
    from sqlalchemy import func
    return func.current_date()
