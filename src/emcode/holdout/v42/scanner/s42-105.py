import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
SLUG = re.compile(r"^([a-z0-9]+-?)+$")


@app.get("/recipes/by-slug/{slug}")
def by_slug(slug: str):
    if not SLUG.match(slug):
        raise HTTPException(400, "bad slug")
    return {"slug": slug}
