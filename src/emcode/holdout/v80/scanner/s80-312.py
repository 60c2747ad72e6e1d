from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Beekeeping co-op API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://coop.example.org"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.get("/apiaries")
def apiaries():
    return [{"id": 1, "name": "Hill Farm"}]
