from pathlib import Path


def resolve_under(root, *parts):
    base = Path(root).resolve()
    target = base.joinpath(*parts).resolve()
    if target != base and base not in target.parents:
        raise ValueError("path escapes root")
    return target
