from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Customer

app = FastAPI()


@app.get("/customers/by-email")
def by_email(email: str, db: Session = Depends(get_session)):
    stmt = select(Customer).where(Customer.email == email.lower())
    customer = db.execute(stmt).scalar_one_or_none()
    if customer is None:
        raise HTTPException(404, "no such customer")
    return {"id": customer.id, "name": customer.name}
