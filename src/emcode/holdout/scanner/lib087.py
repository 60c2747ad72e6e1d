from pathlib import Path

AVATARS = Path("/var/lib/app/avatars")


def delete_avatar(name: str) -> bool:
    """Remove the avatar file called ``name``; True if it existed."""
    target = AVATARS / name
    if target.exists():
        target.unlink()
        return True
    return False
