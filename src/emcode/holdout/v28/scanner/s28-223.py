from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)

GENRES = ["jazz", "ambient", "techno", "folk", "classical"]


@app.get("/public/genres")
def genres():
    return GENRES
