import asyncio


async def clone(repo_url: str, dest: str) -> int:
    proc = await asyncio.create_subprocess_shell(f"git clone --depth 1 {repo_url} {dest}")
    return await proc.wait()
