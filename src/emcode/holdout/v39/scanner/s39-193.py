from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Review(BaseModel):
    machine_id: int
    stars: int = Field(ge=1, le=5)
    text: str = Field(max_length=2000)


REVIEWS: list[Review] = []


@app.post("/reviews", response_model=Review)
def add_review(review: Review):
    REVIEWS.append(review)
    return review
