from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Episode

app = FastAPI()


@app.get("/shows/{show_id}/episodes")
def list_episodes(show_id: int, q: str | None = None, page: int = 1, db: Session = Depends(get_session)):
    stmt = select(Episode).where(Episode.show_id == show_id)
    if q:
        stmt = stmt.where(Episode.title.ilike(f"%{q}%"))
    stmt = stmt.order_by(Episode.published_at.desc()).offset((max(page, 1) - 1) * 20).limit(20)
    return [{"id": e.id, "title": e.title} for e in db.scalars(stmt)]
