import random
from fastapi import FastAPI

app = FastAPI()
INVITES = set()


@app.post("/admin/invites")
def new_invite():
    code = "".join(str(random.randint(0, 9)) for _ in range(8))
    INVITES.add(code)
    return {"code": code}
