import random

from fastapi import FastAPI

app = FastAPI()
QUESTIONS = [
    {"q": "2 + 2", "a": "4"},
    {"q": "capital of France", "a": "Paris"},
    {"q": "H2O is", "a": "water"},
]


@app.get("/quiz")
def quiz(count: int = 2):
    picked = random.sample(QUESTIONS, k=max(1, min(count, len(QUESTIONS))))
    return [{"question": item["q"]} for item in picked]
