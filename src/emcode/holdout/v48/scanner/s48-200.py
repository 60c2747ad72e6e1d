from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings
import hmac


class Settings(BaseSettings):
    admin_token: str
    database_url: str = "sqlite:///tutoring.db"


settings = Settings()
app = FastAPI()


def require_admin(x_admin_token: str = Header("")):
    if not hmac.compare_digest(x_admin_token, settings.admin_token):
        raise HTTPException(status_code=403)


@app.get("/admin/stats", dependencies=[Depends(require_admin)])
def stats():
    return {"tutors": 0, "students": 0}
