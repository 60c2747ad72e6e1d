from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Recipe, Tag

app = FastAPI()


@app.get("/recipes")
def list_recipes(tag: str | None = None, max_minutes: int | None = None, db: Session = Depends(get_session)):
    stmt = select(Recipe)
    if tag:
        stmt = stmt.join(Recipe.tags).where(Tag.slug == tag)
    if max_minutes is not None:
        if max_minutes <= 0:
            raise HTTPException(400, "max_minutes must be positive")
        stmt = stmt.where(Recipe.total_minutes <= max_minutes)
    stmt = stmt.order_by(Recipe.created_at.desc()).limit(50)
    return [{"id": r.id, "title": r.title} for r in db.scalars(stmt)]
