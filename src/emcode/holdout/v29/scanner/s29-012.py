from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Review(BaseModel):
    recipe_id: int
    stars: int = Field(ge=1, le=5)
    comment: str = Field(max_length=2000)


REVIEWS: list[Review] = []


@app.post("/reviews", status_code=201)
def add_review(review: Review):
    REVIEWS.append(review)
    return {"saved": True, "review": review}


@app.get("/recipes/{recipe_id}/reviews")
def list_reviews(recipe_id: int):
    return [r for r in REVIEWS if r.recipe_id == recipe_id]
