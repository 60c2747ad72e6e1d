from fastapi import FastAPI

app = FastAPI()

STUDIOS = {"ink-and-iron": "Portland", "black-orchid": "Leeds"}


@app.get("/studios/{slug}")
def studio(slug: str):
    city = STUDIOS.get(slug)
    if city is None:
        return {"found": False, "slug": slug}
    return {"found": True, "slug": slug, "city": city}
