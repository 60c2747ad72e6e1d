from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
import sqlalchemy as sa

app = FastAPI()
engine = sa.create_engine("postgresql+psycopg2://app@db/crowdfund")


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": repr(exc), "path": request.url.path})


@app.get("/campaigns/{cid}/backers")
def backers(cid: int):
    with engine.connect() as c:
        rows = c.execute(sa.text("SELECT name FROM backers WHERE campaign_id = :c"), {"c": cid}).all()
    return [r.name for r in rows]
