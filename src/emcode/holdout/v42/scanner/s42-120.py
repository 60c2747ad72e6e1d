from fastapi import Depends, FastAPI, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Citation

app = FastAPI()


@app.get("/citations")
def citations(
    zone: str | None = None,
    page: int = Query(1, ge=1),
    per_page: int = Query(25, ge=1, le=100),
    db: Session = Depends(get_session),
):
    stmt = select(Citation).order_by(Citation.issued_at.desc())
    if zone:
        stmt = stmt.where(Citation.zone == zone)
    stmt = stmt.offset((page - 1) * per_page).limit(per_page)
    return [{"id": c.id, "plate": c.plate, "zone": c.zone} for c in db.scalars(stmt)]
