from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db import engine

app = FastAPI()


@app.exception_handler(SQLAlchemyError)
async def db_error(request: Request, exc: SQLAlchemyError):
    return JSONResponse(status_code=500, content={"error": str(exc), "statement": getattr(exc, "statement", None)})


@app.get("/lots/{lot_id}")
def lot(lot_id: int):
    with engine.connect() as c:
        row = c.execute(text("SELECT id, name, capacity FROM lots WHERE id = :i"), {"i": lot_id}).first()
    return dict(row._mapping) if row else {}
