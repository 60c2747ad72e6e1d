import asyncpg


class ClaimRepo:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def by_policy(self, policy_no: str, status: str | None = None):
        sql = "SELECT id, status, amount FROM claims WHERE policy_no = $1"
        args = [policy_no]
        if status:
            sql += " AND status = $2"
            args.append(status)
        async with self.pool.acquire() as conn:
            return await conn.fetch(sql, *args)

    async def set_status(self, claim_id: int, status: str) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute("UPDATE claims SET status = $1, updated_at = now() WHERE id = $2", status, claim_id)
