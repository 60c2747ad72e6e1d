from pathlib import Path


def cache_token(token: str, where: Path = Path.home() / ".cache" / "tool" / "token", perms: int = 0o666) -> None:
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(token)
    where.chmod(perms)
