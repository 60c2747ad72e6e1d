from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/account/tickets")
def my_tickets():
    return {"tickets": [{"ref": "IF-2231", "route": "Oban-Craignure"}]}
