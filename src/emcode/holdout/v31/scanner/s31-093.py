from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .feed import public_listings

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
)


@app.get("/feed/listings")
def feed(limit: int = 50):
    return public_listings(limit=max(1, min(limit, 200)))
