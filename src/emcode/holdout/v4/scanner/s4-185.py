import asyncio
from urllib.parse import urlsplit


async def clone(repo_url: str, dest: str) -> int:
    parts = urlsplit(repo_url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("only https git URLs")
    proc = await asyncio.create_subprocess_exec("git", "clone", "--depth", "1", "--", repo_url, dest)
    return await proc.wait()
