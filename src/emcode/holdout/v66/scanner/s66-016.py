from fastapi import FastAPI, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Play

app = FastAPI()


@app.get("/plays")
def plays(artist: str | None = None, show: str | None = None, db: Session = Depends(get_session)):
    stmt = select(Play.title, Play.artist, Play.played_at)
    if artist:
        stmt = stmt.where(Play.artist.ilike(f"%{artist}%"))
    if show:
        stmt = stmt.where(Play.show_slug == show)
    stmt = stmt.order_by(Play.played_at.desc()).limit(100)
    return [dict(r._mapping) for r in db.execute(stmt)]
