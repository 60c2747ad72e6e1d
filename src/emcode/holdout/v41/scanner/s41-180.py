from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg2://app@db/crowdfund", pool_pre_ping=True)


@app.get("/campaigns/{slug}/backers")
def backers(slug: str, min_amount: int = 0):
    stmt = text(
        "SELECT b.display_name, p.amount FROM pledges p "
        "JOIN backers b ON b.id = p.backer_id "
        "JOIN campaigns c ON c.id = p.campaign_id "
        "WHERE c.slug = :slug AND p.amount >= :min ORDER BY p.amount DESC"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"slug": slug, "min": min_amount}).all()
    return [{"name": r.display_name, "amount": r.amount} for r in rows]
