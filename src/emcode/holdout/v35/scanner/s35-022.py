from fastapi import FastAPI, Query
from pydantic import BaseModel

app = FastAPI()


class Design(BaseModel):
    id: int
    title: str
    tags: list[str]


CATALOG = [
    Design(id=1, title="Fixie Forever", tags=["bike", "retro"]),
    Design(id=2, title="Adopt Don't Shop", tags=["pets", "shelter"]),
    Design(id=3, title="Lab Coat Club", tags=["science"]),
]


@app.get("/designs/search")
def search(q: str = Query("", max_length=100)):
    needle = q.lower()
    hits = [d for d in CATALOG if needle in d.title.lower() or needle in d.tags]
    return {"query": q, "results": hits}
