import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db import engine

app = FastAPI()
log = logging.getLogger("lots")


@app.exception_handler(SQLAlchemyError)
async def db_error(request: Request, exc: SQLAlchemyError):
    log.error("database error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=500, content={"error": "internal error"})


@app.get("/lots/{lot_id}")
def lot(lot_id: int):
    with engine.connect() as c:
        row = c.execute(text("SELECT id, name, capacity FROM lots WHERE id = :i"), {"i": lot_id}).first()
    return dict(row._mapping) if row else {}
