from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Employee

app = FastAPI()


@app.get("/employees")
def employees(department: str | None = None, name: str | None = None, db: Session = Depends(get_session)):
    stmt = select(Employee).order_by(Employee.last_name)
    if department:
        stmt = stmt.where(Employee.department == department)
    if name:
        stmt = stmt.where(Employee.last_name.ilike(f"%{name}%"))
    return [{"id": e.id, "name": e.full_name} for e in db.scalars(stmt.limit(200))]
